import { describe, expectTypeOf, it } from 'vitest'
import { createHaloList } from '../../src/list/create-halo-list.js'
import type { HaloList, HaloPage } from '../../src/list/halo-list.js'

interface Ticket {
  readonly id: number
  readonly summary: string
}

const tickets = createHaloList<Ticket>(async () => [], { paged: true, pageSize: 100, onMismatch: () => {} })

describe('HaloList types', () => {
  it('is a HaloList of the record type', () => {
    expectTypeOf(tickets).toEqualTypeOf<HaloList<Ticket>>()
  })

  it('awaits to T[] and streams T', async () => {
    expectTypeOf(await tickets).toEqualTypeOf<Ticket[]>()
    for await (const ticket of tickets) expectTypeOf(ticket).toEqualTypeOf<Ticket>()
    for await (const page of tickets.pages()) expectTypeOf(page).toEqualTypeOf<HaloPage<Ticket>>()
  })

  it('catch widens the result with the handler type', () => {
    expectTypeOf(tickets.catch(() => null)).toEqualTypeOf<Promise<Ticket[] | null>>()
  })
})
