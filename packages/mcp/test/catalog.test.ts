import { describe, expect, it } from 'vitest'
import { operationDescriptor } from '../src/api/halo-api.js'
import { catalogOperation, operationCatalog, parametersSchema, searchOperations } from '../src/index.js'

describe('operation catalog', () => {
  it('has every operation, under the names and routes the generated operations use', () => {
    const catalog = operationCatalog()
    expect(catalog.size).toBe(1216)
    for (const operation of catalog.values()) {
      const descriptor = operationDescriptor(operation.name)
      expect(descriptor, operation.name).toBeDefined()
      expect([descriptor?.method, descriptor?.path]).toEqual([operation.method, operation.path])
    }
  })

  it('keeps the spec’s words for operations and parameters', () => {
    const listTickets = catalogOperation('listTickets')
    expect(listTickets?.summary).toBe('List of Faults')
    expect(listTickets?.parameters.find((p) => p.name === 'agent_id')).toEqual({
      name: 'agent_id',
      in: 'query',
      type: 'integer',
      description: 'Filters by the specified agent.',
      required: false,
    })
    // The core pages lists itself, so paging switches are not the caller's.
    expect(listTickets?.parameters.some((p) => p.name === 'pageinate')).toBe(false)
  })

  it('builds a JSON schema for call_operation params, body included', () => {
    const upsert = catalogOperation('upsertTickets')
    if (!upsert) throw new Error('upsertTickets missing')
    const schema = parametersSchema(upsert) as { properties: Record<string, { type: string }> }
    expect(schema.properties.body?.type).toBe('array')
  })
})

describe('searchOperations', () => {
  it('ranks the operation named by the words first', () => {
    expect(searchOperations('list tickets')[0]?.operation.name).toBe('listTickets')
    expect(searchOperations('timesheet')[0]?.operation.name).toMatch(/imesheet/)
  })

  it('finds Halo’s internal names by the words people use', () => {
    const names = searchOperations('customer', { limit: 20 }).map((match) => match.operation.name)
    expect(names).toContain('listClients')
  })

  it('filters by access and answers nothing for no words', () => {
    expect(
      searchOperations('ticket', { access: 'delete' }).every((m) => m.operation.method === 'DELETE'),
    ).toBe(true)
    expect(searchOperations('  ')).toEqual([])
  })
})
