import { describe, expect, it } from 'vitest'
import { crudEntities } from '../src/emit/crud-definitions.mjs'
import { generate } from '../src/generate.mjs'
import { miniConfig, miniSpec } from './fixtures/mini-spec.mjs'

const op = (name, method, path, extra = {}) => ({
  name,
  method,
  path,
  isList: false,
  pathParams: path.endsWith('/{id}') ? [{ name: 'id', kind: 'integer' }] : [],
  ...extra,
})
const body = (schema) => ({
  kind: 'json-array',
  schema: { items: { $ref: `#/components/schemas/${schema}` } },
})

describe('crud definitions', () => {
  it('defines one resource per tag whose list, get, upsert and delete address the same entity', () => {
    const entities = crudEntities([
      {
        file: 'recurring-invoice-header',
        operations: [
          op('listRecurringInvoices', 'get', '/RecurringInvoice', { isList: true, entity: 'InvoiceHeader' }),
          op('getRecurringInvoice', 'get', '/RecurringInvoice/{id}', { entity: 'InvoiceHeader' }),
          op('deleteRecurringInvoice', 'delete', '/RecurringInvoice/{id}'),
          op('upsertRecurringInvoices', 'post', '/RecurringInvoice', { body: body('InvoiceHeader') }),
          // the lines' own POST does not make the upsert ambiguous
          op('upsertRecurringInvoiceLines', 'post', '/RecurringInvoice/Lines', {
            body: body('InvoiceDetail'),
          }),
        ],
      },
      {
        // no delete: not a whole CRUD set
        file: 'status',
        operations: [
          op('listStatuses', 'get', '/Status', { isList: true, entity: 'TStatus' }),
          op('getStatus', 'get', '/Status/{id}', { entity: 'TStatus' }),
          op('upsertStatuses', 'post', '/Status', { body: body('TStatus') }),
        ],
      },
      {
        // the list answers another entity than the get
        file: 'odd',
        operations: [
          op('listOdds', 'get', '/Odd', { isList: true, entity: 'Other' }),
          op('getOdd', 'get', '/Odd/{id}', { entity: 'Odd' }),
          op('deleteOdd', 'delete', '/Odd/{id}'),
          op('upsertOdds', 'post', '/Odd', { body: body('Odd') }),
        ],
      },
    ])
    expect(entities.map(({ base, kind, entity }) => ({ base, kind, entity }))).toEqual([
      { base: 'RecurringInvoice', kind: 'recurring invoice', entity: 'InvoiceHeader' },
    ])
    expect(entities[0].verbs.upsert.name).toBe('upsertRecurringInvoices')
    const [renamed] = crudEntities(
      [{ file: 'recurring-invoice-header', operations: Object.values(entities[0].verbs) }],
      { RecurringInvoice: 'repeat bill' },
    )
    expect(renamed.kind).toBe('repeat bill')
  })

  it('writes the definitions and their record types, not re-exported from the package', () => {
    const { files } = generate(miniSpec(), miniConfig)
    const source = files.get('packages/tickets/src/generated/crud-definitions.ts')
    expect(source).toContain(
      "import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'",
    )
    expect(source).toContain("export const ticketCrud = /* @__PURE__ */ defineCrudResource('ticket', {")
    expect(source).toContain(
      '  list: listTickets,\n  get: getTicket,\n  upsert: upsertTickets,\n  remove: deleteTicket,\n})',
    )
    expect(source).toContain('export type TicketRecord = CrudRecordOf<typeof ticketCrud>')
    expect(source).toContain('export type TicketHelpers = CrudRecordHelpersOf<typeof ticketCrud>')
    expect(files.get('packages/tickets/src/generated/index.ts')).not.toContain('crud-definitions')
    // a package without a whole CRUD tag gets no file
    expect(files.has('packages/kb/src/generated/crud-definitions.ts')).toBe(false)
  })
})
