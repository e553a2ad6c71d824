import { describe, expect, it } from 'vitest'
import { seed } from '../src/index.js'
import { useHaloMock } from './support.js'

let clock = Date.UTC(2026, 5, 1, 12, 0, 0)
const { mock, api } = useHaloMock({ now: () => clock })

interface Envelope {
  record_count: number
  [key: string]: unknown
}
type Ids = { id: number }[]

const iso = (ms: number) => new Date(ms).toISOString()

describe('changed-since filters', () => {
  it('datesearch=last_update lists only tickets written through the API since the date', async () => {
    const before = clock
    clock += 60_000
    await api.post('/Tickets', [{ id: seed.ticketId + 3, summary: 'changed' }])
    const created = (await (await api.post('/Tickets', [{ summary: 'new one' }])).json()) as { id: number }
    const page = await api.json<Envelope>(
      `/Tickets?pageinate=true&page_size=100&datesearch=last_update&startdate=${iso(before + 1)}`,
    )
    expect((page.tickets as Ids).map((t) => t.id).sort()).toEqual([seed.ticketId + 3, created.id])
    expect(page.record_count).toBe(2)
    const none = await api.json<Envelope>(
      `/Tickets?pageinate=true&datesearch=last_update&startdate=${iso(clock + 1)}`,
    )
    expect(none.record_count).toBe(0)
  })

  it('a new action counts as a change of its ticket', async () => {
    const before = clock
    clock += 1_000
    await api.post('/Actions', [{ ticket_id: seed.ticketId + 5, outcome: 'Note', note: 'hi' }])
    const page = await api.json<Envelope>(
      `/Tickets?pageinate=true&datesearch=last_update&startdate=${iso(before + 1)}`,
    )
    expect((page.tickets as Ids).map((t) => t.id)).toEqual([seed.ticketId + 5])
  })

  it('lastupdatefromdate filters users, clients, sites and assets', async () => {
    const before = clock
    clock += 1_000
    await api.post('/Users', [{ id: seed.userId, name: 'Jordan Ellis-Smith' }])
    const users = await api.json<Envelope>(`/Users?lastupdatefromdate=${iso(before + 1)}`)
    expect((users.users as Ids).map((u) => u.id)).toEqual([seed.userId])
    const sites = await api.json<Envelope>(`/Site?lastupdatefromdate=${iso(before + 1)}`)
    expect(sites.record_count).toBe(0)
    const allSites = await api.json<Envelope>('/Site')
    expect(allSites.record_count).toBeGreaterThan(0)
  })

  it('GET /Actions with a date range searches every ticket and does not page', async () => {
    const before = clock
    clock += 1_000
    await api.post('/Actions', [
      { ticket_id: seed.ticketId, outcome: 'Note', note: 'a' },
      { ticket_id: seed.ticketId + 7, outcome: 'Note', note: 'b' },
    ])
    const found = await api.json<Envelope>(`/Actions?startdate=${iso(before + 1)}&enddate=${iso(clock + 1)}`)
    const actions = found.actions as { ticket_id: number; note: string }[]
    expect(actions.map((a) => [a.ticket_id, a.note])).toEqual([
      [seed.ticketId, 'a'],
      [seed.ticketId + 7, 'b'],
    ])
    const everything = await api.json<Envelope>('/Actions?startdate=1900-01-01T00:00:00Z')
    const perTicket = mock.state.tickets.ids().reduce((n, id) => n + mock.state.actions.list(id).length, 0)
    expect(everything.record_count).toBe(perTicket)
    expect((everything.actions as unknown[]).length).toBe(perTicket)
  })

  it('idonly=true answers every id, unpaged', async () => {
    const users = await api.json<Envelope>('/Users?idonly=true&includeinactive=true')
    expect((users.users as object[]).every((u) => Object.keys(u).join() === 'id')).toBe(true)
    expect(users.record_count).toBe(mock.state.users.size)
  })

  it('deleted tickets leave the id list', async () => {
    await api.del(`/Tickets/${seed.ticketId + 2}`)
    const ids = await api.json<Envelope>('/Tickets?ticketidonly=true')
    const list = (ids.tickets as Ids).map((t) => t.id)
    expect(list).not.toContain(seed.ticketId + 2)
    expect(list).toHaveLength(mock.state.tickets.size)
  })
})
