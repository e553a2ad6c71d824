import { describe, expect, it } from 'vitest'
import { crudEntities } from '../src/emit/crud-definitions.mjs'
import { generate } from '../src/generate.mjs'
import { miniConfig, miniSpec } from './fixtures/mini-spec.mjs'
import { operation, recordsBody } from './fixtures/operation-model.mjs'

const op = operation
const linesBody = recordsBody('InvoiceDetail')

/** The list, get, upsert and (unless told) delete of `/<noun>`, the list answering `listEntity`. */
function crudTag(noun, entity, { listEntity = entity, withDelete = true } = {}) {
  return {
    file: noun.toLowerCase(),
    operations: [
      op(`list${noun}s`, 'get', `/${noun}`, { isList: true, entity: listEntity }),
      op(`get${noun}`, 'get', `/${noun}/{id}`, { entity }),
      op(`upsert${noun}s`, 'post', `/${noun}`, { body: recordsBody(entity) }),
      ...(withDelete ? [op(`delete${noun}`, 'delete', `/${noun}/{id}`)] : []),
    ],
  }
}

describe('crud definitions', () => {
  it('defines one resource per tag whose list, get, upsert and delete address the same entity', () => {
    const recurring = crudTag('RecurringInvoice', 'InvoiceHeader')
    // the lines' own POST does not make the upsert ambiguous
    recurring.operations.push(op('upsertRecurringInvoiceLines', 'post', '/RecurringInvoice/Lines', linesBody))
    const entities = crudEntities([
      recurring,
      crudTag('Status', 'TStatus', { withDelete: false }), // not a whole CRUD set
      crudTag('Odd', 'Odd', { listEntity: 'Other' }), // the list answers another entity than the get
    ])
    expect(entities.map(({ base, kind, entity }) => ({ base, kind, entity }))).toEqual([
      { base: 'RecurringInvoice', kind: 'recurring invoice', entity: 'InvoiceHeader' },
    ])
    expect(entities[0].verbs.upsert.name).toBe('upsertRecurringInvoices')
    const [renamed] = crudEntities(
      [{ file: 'recurringinvoice', operations: Object.values(entities[0].verbs) }],
      { RecurringInvoice: 'repeat bill' },
    )
    expect(renamed.kind).toBe('repeat bill')
    expect(renamed.recordName).toBe('RecurringInvoice')
  })

  it('names the record and helper types as the package exports them, where the config says', () => {
    const config = {
      ...miniConfig,
      overrides: { ...miniConfig.overrides, crudRecordNames: { Ticket: 'Case' } },
    }
    const source = generate(miniSpec(), config).files.get(
      'packages/tickets/src/generated/crud-definitions.ts',
    )
    expect(source).toContain('export type CaseRecord = CrudRecordOf<typeof ticketCrud>')
    expect(source).toContain('export type CaseHelpers = CrudRecordHelpersOf<typeof ticketCrud>')
    // the definition and its kind keep the operation's noun
    expect(source).toContain("export const ticketCrud = /* @__PURE__ */ defineCrudResource('ticket', {")
    expect(source).not.toContain('TicketRecord')
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
