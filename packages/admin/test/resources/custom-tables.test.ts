// Custom tables on the simulated Halo.
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { customTables } from '../../src/index.js'

const { mock, core } = useHaloMock({ core: { retry: false } })

describe('customTables', () => {
  it('creates, refreshes and deletes a custom table; deleteMany deletes each id', async () => {
    const resource = customTables(core())
    const table = await resource.create({ name: 'Vehicle fleet' })
    expect(table.name).toBe('Vehicle fleet')
    const fresh = await table.refresh()
    expect(fresh.id).toBe(table.id)
    const result = await resource.deleteMany([table.id as number])
    expect(result).toEqual({ deleted: [table.id], failures: [] })
    expect(apiRequests(mock, 'DELETE /CustomTable/{id}')).toHaveLength(1)
    expect(Array.isArray(await resource.list())).toBe(true)
  })
})
