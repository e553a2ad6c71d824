// Generated upserts answer what Halo answers: one record posted gives the record, several an array.
import type { HaloCore } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import { type Action, type Ticket, upsertActions, upsertTickets } from '../src/index.js'

declare const core: HaloCore
declare const ticket: Ticket
declare const tickets: readonly Ticket[]

describe('generated upsert results', () => {
  it('one record in gives the record out', () => {
    expectTypeOf(upsertTickets(core, { body: [{ summary: 'Printer jam', tickettype_id: 1 }] })).toEqualTypeOf<
      Promise<Ticket>
    >()
    expectTypeOf(upsertActions(core, { body: [{ ticket_id: 5, outcome: 'Note' }] })).toEqualTypeOf<
      Promise<Action>
    >()
  })

  it('two or more records in give an array out', () => {
    expectTypeOf(upsertTickets(core, { body: [ticket, { summary: 'Second' }] })).toEqualTypeOf<
      Promise<Ticket[]>
    >()
    expectTypeOf(upsertTickets(core, { body: [ticket, ticket, ticket] })).toEqualTypeOf<Promise<Ticket[]>>()
  })

  it('an array of unknown length gives either', () => {
    expectTypeOf(upsertTickets(core, { body: tickets })).toEqualTypeOf<Promise<Ticket | Ticket[]>>()
  })

  it('the body is still checked', () => {
    // @ts-expect-error summary is text
    upsertTickets(core, { body: [{ summary: 42 }] })
    // @ts-expect-error Halo takes an array
    upsertTickets(core, { body: ticket })
  })
})
