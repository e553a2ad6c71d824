// Upserts bound to the client keep their overloads: one record in gives the record, several an array.

import type { Ticket } from '@halo/tickets'
import { describe, expectTypeOf, it } from 'vitest'
import type { HaloClient } from '../src/index.js'

declare const halo: HaloClient
declare const tickets: readonly Ticket[]

describe('bound upserts', () => {
  it('halo.ops keeps one-in-one-out, many-in-many-out', () => {
    expectTypeOf(halo.ops.upsertTickets({ body: [{ summary: 'Printer jam' }] })).toEqualTypeOf<
      Promise<Ticket>
    >()
    expectTypeOf(halo.ops.upsertTickets({ body: [{ summary: 'a' }, { summary: 'b' }] })).toEqualTypeOf<
      Promise<Ticket[]>
    >()
    expectTypeOf(halo.ops.upsertTickets({ body: tickets })).toEqualTypeOf<Promise<Ticket | Ticket[]>>()
  })

  it('an operation without overloads binds to one signature', () => {
    expectTypeOf(halo.ops.getTicket).toEqualTypeOf<
      (
        params: Parameters<typeof halo.ops.getTicket>[0],
        options?: Parameters<typeof halo.ops.getTicket>[1],
      ) => Promise<Ticket>
    >()
  })
})
