import { describe, expect, it } from 'vitest'
import { allOperationDescriptors } from '../src/operations/all-operation-descriptors.js'
import { allOperations } from '../src/operations/all-operations.js'

describe('allOperationDescriptors', () => {
  it('describes exactly the operations of allOperations, once each', () => {
    const names = allOperationDescriptors.map((descriptor) => descriptor.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names.sort()).toEqual(Object.keys(allOperations).sort())
    expect(names.length).toBe(1216)
  })

  it('carries what a tool needs to call one by name', () => {
    const getTicket = allOperationDescriptors.find((descriptor) => descriptor.name === 'getTicket')
    expect(getTicket).toMatchObject({ method: 'GET', path: '/Tickets/{id}', tag: 'Faults' })
    expect(getTicket?.pathParams).toEqual({ id: 'integer' })
  })
})
