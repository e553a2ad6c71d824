import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type Action,
  type Actions,
  type Faults,
  getTicket,
  listTickets,
  type Ticket,
  type TicketType,
  type UpsertTicketsParams,
  upsertActions,
  upsertTickets,
} from '../src/index.js'

declare const core: HaloCore

describe('generated operation types (tickets)', () => {
  it('friendly names alias the component schemas', () => {
    expectTypeOf<Ticket>().toEqualTypeOf<Faults>()
    expectTypeOf<Action>().toEqualTypeOf<Actions>()
    expectTypeOf<TicketType['name']>().toEqualTypeOf<string | null | undefined>()
  })

  it('listTickets takes filters by wire name and answers a HaloList of tickets', () => {
    expectTypeOf(listTickets(core, { client_id: 123, open_only: true, limit: 10 })).toEqualTypeOf<
      HaloList<Ticket>
    >()
    expectTypeOf(listTickets(core)).toEqualTypeOf<HaloList<Ticket>>()
    // "array of int" filters take a list of ids or Halo's comma-separated text
    listTickets(core, { client_ids: [1, 2], agent: '3,4' })
    // @ts-expect-error camelCase is not a wire name
    listTickets(core, { clientId: 123 })
    // @ts-expect-error client_id is an int
    listTickets(core, { client_id: '123' })
    // @ts-expect-error the core pages; pageinate is not the caller's
    listTickets(core, { pageinate: true })
    // @ts-expect-error limit is a count
    listTickets(core, { limit: 'all' })
  })

  it('getTicket needs an integer id and answers one ticket', () => {
    expectTypeOf(getTicket(core, { id: 5, includedetails: true })).toEqualTypeOf<Promise<Ticket>>()
    // @ts-expect-error id is required
    getTicket(core, { includedetails: true })
    // @ts-expect-error id is an integer, not a string
    getTicket(core, { id: '5' })
    // @ts-expect-error includedetails is a boolean
    getTicket(core, { id: 5, includedetails: 'yes' })
    // @ts-expect-error misspelt parameter
    getTicket(core, { id: 5, includeDetails: true })
    // @ts-expect-error params are required
    getTicket(core)
  })

  it('upsertTickets posts an array of tickets as body', () => {
    expectTypeOf<UpsertTicketsParams>().toEqualTypeOf<{ readonly body: readonly Faults[] }>()
    upsertTickets(core, { body: [{ summary: 'Printer jam', tickettype_id: 24 }] })
    // @ts-expect-error the body is an array of tickets
    upsertTickets(core, { body: { summary: 'Printer jam' } })
    // @ts-expect-error summary is a string
    upsertTickets(core, { body: [{ summary: 42 }] })
    // @ts-expect-error the records go in body
    upsertTickets(core, [{ summary: 'Printer jam' }])
  })

  it('upsertActions posts an array of actions as body', () => {
    upsertActions(core, { body: [{ ticket_id: 5, note_html: '<p>Done</p>', outcome_id: 1 }] })
    // @ts-expect-error ticket_id is an int
    upsertActions(core, { body: [{ ticket_id: 'five' }] })
    // @ts-expect-error the body is required
    upsertActions(core, {})
  })
})
