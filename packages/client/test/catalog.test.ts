import { describe, expect, it } from 'vitest'
import { catalogOperation, operationCatalog } from '../src/catalog/index.js'
import { allOperationDescriptors } from '../src/index.js'

describe('@halo/client/catalog', () => {
  it('has every operation under the name, method and path of its descriptor', () => {
    const catalog = operationCatalog()
    expect(catalog.size).toBe(allOperationDescriptors.length)
    for (const descriptor of allOperationDescriptors) {
      const operation = catalog.get(descriptor.name)
      expect(operation, descriptor.name).toBeDefined()
      expect([operation?.method, operation?.path, operation?.tag]).toEqual([
        descriptor.method,
        descriptor.path,
        descriptor.tag,
      ])
      const pathParams = operation?.parameters.filter((p) => p.in === 'path').map((p) => p.name)
      expect(pathParams?.sort()).toEqual(Object.keys(descriptor.pathParams ?? {}).sort())
    }
  })

  it('keeps the spec’s words, parameter types and bodies', () => {
    const listTickets = catalogOperation('listTickets')
    expect(listTickets?.summary).toBe('List of Faults')
    expect(listTickets?.list).toBe(true)
    expect(listTickets?.parameters.find((p) => p.name === 'agent_id')).toEqual({
      name: 'agent_id',
      in: 'query',
      type: 'integer',
      description: 'Filters by the specified agent.',
      required: false,
    })
    expect(catalogOperation('getTicket')?.parameters[0]).toMatchObject({
      name: 'id',
      in: 'path',
      type: 'integer',
      required: true,
    })
    expect(catalogOperation('upsertTickets')?.body).toEqual({ kind: 'json-array', entity: 'Faults' })
    expect(catalogOperation('getTicket')?.body).toBeUndefined()
    expect(catalogOperation('noSuchOperation')).toBeUndefined()
  })
})
