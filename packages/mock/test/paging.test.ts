import { describe, expect, it } from 'vitest'
import { createHaloMock, seed } from '../src/index.js'
import { useHaloMock } from './support.js'

const { mock, api } = useHaloMock({ ticketCount: 737 })

interface Envelope {
  page_no: number
  page_size: number
  record_count: number
  [key: string]: unknown
}

describe('paging', () => {
  it('737 tickets come in 8 pages of at most 100 (page_size is capped)', async () => {
    const seen = new Set<number>()
    let pages = 0
    for (let page = 1; ; page++) {
      const body = await api.json<Envelope & { tickets: { id: number }[] }>(
        `/Tickets?pageinate=true&page_size=500&page_no=${page}`,
      )
      expect(body.page_size).toBe(100)
      expect(body.page_no).toBe(page)
      expect(body.record_count).toBe(737)
      if (body.tickets.length === 0) break
      pages++
      for (const t of body.tickets) seen.add(t.id)
    }
    expect(pages).toBe(8)
    expect(seen.size).toBe(737)
  })

  it('assets are capped at 50 a page', async () => {
    const body = await api.json<Envelope & { assets: unknown[] }>('/Asset?pageinate=true&page_size=100')
    expect(body.page_size).toBe(50)
    expect(body.assets).toHaveLength(50)
    expect(body.record_count).toBe(seed.defaultAssetCount)
  })

  it('without pageinate there is no paging: count limits an unpaged list', async () => {
    const body = await api.json<{ record_count: number; tickets: unknown[] }>('/Tickets?count=7&page_no=3')
    expect(body.tickets).toHaveLength(7)
    expect(body).not.toHaveProperty('page_no')
    expect(body.record_count).toBe(737)
  })

  it('filters and search apply before paging', async () => {
    const body = await api.json<Envelope & { tickets: { client_id: number; status_id: number }[] }>(
      `/Tickets?pageinate=true&page_size=100&client_id=${seed.clientId}&open_only=true`,
    )
    expect(body.record_count).toBeGreaterThan(0)
    expect(body.record_count).toBeLessThan(737)
    expect(
      body.tickets.every((t) => t.client_id === seed.clientId && t.status_id !== 9 && t.status_id !== 8),
    ).toBe(true)
    const search = await api.json<{ tickets: { summary: string }[] }>('/Tickets?search=outlook')
    expect(search.tickets.length).toBeGreaterThan(0)
    expect(search.tickets.every((t) => t.summary.toLowerCase().includes('outlook'))).toBe(true)
  })
})

describe('envelopes and bare arrays', () => {
  it.each([
    ['/Tickets?pageinate=true', 'tickets'],
    ['/Users?pageinate=true', 'users'],
    ['/Client?pageinate=true', 'clients'],
    ['/Site?pageinate=true', 'sites'],
    ['/Asset?pageinate=true', 'assets'],
    ['/Invoice?pageinate=true', 'invoices'],
    ['/ClientContract?pageinate=true', 'contracts'],
    ['/Supplier?pageinate=true', 'suppliers'],
    ['/Quotation?pageinate=true', 'quotes'],
    ['/Item?pageinate=true', 'items'],
    ['/Opportunities?pageinate=true', 'tickets'],
    ['/RecurringInvoice?pageinate=true', 'invoices'],
    ['/PurchaseOrder?pageinate=true', 'purchaseorders'],
    ['/SalesOrder?pageinate=true', 'salesorders'],
    ['/Appointment?pageinate=true', 'appointments'],
  ])('%s → { record_count, %s }', async (path, key) => {
    const body = await api.json<Record<string, unknown>>(path)
    expect(Array.isArray(body)).toBe(false)
    expect(body.record_count).toBeGreaterThan(0)
    expect(Array.isArray(body[key])).toBe(true)
  })

  it.each([
    '/TicketType',
    '/Category',
    '/Status',
    '/Priority',
    '/Team',
    '/Agent',
    '/Lookup?lookupid=123',
    '/AssetType',
    '/Outcome',
    '/SLA',
    '/UserRoles',
  ])('%s → bare array', async (path) => {
    const body = await api.json<unknown[]>(path)
    expect(Array.isArray(body)).toBe(true)
    expect(body.length).toBeGreaterThan(0)
  })

  it('Actions → { record_count, actions }', async () => {
    const body = await api.json<{ record_count: number; actions: unknown[] }>(
      `/Actions?ticket_id=${seed.ticketId}`,
    )
    expect(body.record_count).toBe(body.actions.length)
    expect(body.actions.length).toBeGreaterThan(0)
  })

  it('inactive records are hidden unless includeinactive=true', async () => {
    const active = await api.json<{ clients: { id: number }[] }>('/Client')
    const all = await api.json<{ clients: { id: number }[] }>('/Client?includeinactive=true')
    expect(active.clients.map((c) => c.id)).not.toContain(seed.inactiveClientId)
    expect(all.clients.map((c) => c.id)).toContain(seed.inactiveClientId)
  })

  it('seeds 100 000 tickets lazily and serves the last page', async () => {
    const big = createHaloMock({ ticketCount: 100_000, requireAuth: false })
    expect(big.state.tickets.size).toBe(100_000)
    const res = await big.handle(
      new Request('https://halo.example.test/api/Tickets?pageinate=true&page_size=100&page_no=1000'),
    )
    const body = (await res.json()) as { record_count: number; tickets: { id: number }[] }
    expect(body.record_count).toBe(100_000)
    expect(body.tickets.map((t) => t.id)).toEqual(
      Array.from({ length: 100 }, (_, i) => seed.firstTicketId + 99_900 + i),
    )
    expect(mock.state.tickets.size).toBe(737)
  })
})
