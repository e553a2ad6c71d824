// The actions of a generated ticket are made without generating the ticket (the search of every
// action reads tens of thousands): they must be the ones made from the generated ticket itself.
import { describe, expect, it } from 'vitest'
import { createHaloMock, seed } from '../src/index.js'
import { makeActions, makeSeededActions, makeTicket } from '../src/seed/tickets.js'

describe('seeded actions', () => {
  it('are the actions made from the generated ticket, for the showcase and generated tickets', () => {
    for (let id = seed.firstTicketId; id < seed.firstTicketId + 5_000; id++) {
      const fromTicket = JSON.stringify(makeActions(makeTicket(id)))
      if (JSON.stringify(makeSeededActions(id)) !== fromTicket)
        expect(JSON.stringify(makeSeededActions(id))).toBe(fromTicket)
    }
    // Every branch: open (one action), in progress (two), closed (three).
    const counts = new Set(
      Array.from({ length: 200 }, (_, i) => makeSeededActions(seed.firstTicketId + i).length),
    )
    expect([...counts].sort()).toEqual([1, 2, 3])
  })

  it('follow the ticket once it is written', async () => {
    const mock = createHaloMock({ ticketCount: 50 })
    const id = seed.firstTicketId + 20
    expect(mock.state.actions.list(id)).toEqual(makeSeededActions(id))
    mock.state.tickets.update(id, { user_name: 'Someone Else', details: 'Rewritten', status_id: 1 })
    const actions = mock.state.actions.list(id)
    expect(actions).toEqual(makeActions(mock.state.tickets.get(id) as ReturnType<typeof makeTicket>))
    expect(actions.map((a) => [a.who, a.note])).toEqual([['Someone Else', 'Rewritten']])
  })
})
