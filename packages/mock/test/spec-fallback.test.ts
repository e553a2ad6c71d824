import { describe, expect, it } from 'vitest'
import { specRoutes } from '../src/generated/spec-routes.js'
import { useHaloMock } from './support.js'

const { mock, api } = useHaloMock()

describe('operations the mock does not simulate', () => {
  it('the generated table covers every spec operation', () => {
    expect(specRoutes).toHaveLength(1216)
    expect(specRoutes).toContainEqual(['GET', '/Tickets', 1])
    expect(specRoutes).toContainEqual(['GET', '/TicketType', 0])
  })

  it('answer plausibly instead of 404', async () => {
    const list = await api.get('/Release')
    expect(list.status).toBe(200)
    expect(await list.json()).toEqual([])
    const paged = await api.json<Record<string, unknown>>('/Projects?pageinate=true&page_size=20')
    expect(paged).toEqual({ page_no: 1, page_size: 20, record_count: 0, tickets: [] })
    expect(await api.json('/Workflow/12')).toEqual({ id: 12 })
    const del = await api.del('/Workflow/12')
    expect(await del.json()).toEqual({ id: 12 })
  })

  it('POST echoes the objects with ids, and a later GET finds them', async () => {
    const res = await api.post('/Release', [{ name: 'v2.1' }, { name: 'v2.2' }])
    expect(res.status).toBe(201)
    const created = (await res.json()) as { id: number; name: string }[]
    expect(created.map((r) => r.name)).toEqual(['v2.1', 'v2.2'])
    expect(created.every((r) => r.id > 0)).toBe(true)
    expect(await api.json(`/Release/${created[0]?.id}`)).toEqual(created[0])
    expect(await api.json('/release')).toEqual(created)
    expect(mock.requests.at(-1)?.operation).toBe('GET /Release')
  })

  it('a POST of ids (an action, as the spec types it) is acknowledged, not refused as records', async () => {
    const res = await api.post('/RecurringInvoice/process', [7501, 7502])
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual([7501, 7502])
    // A mixed array is still refused, as before.
    expect((await api.post('/Release', [{ name: 'v3' }, 5])).status).toBe(400)
  })

  it('odd spec paths route too (TicketApproval/{id}&{seq})', async () => {
    const res = await api.del('/TicketApproval/5&2')
    expect(res.status).toBe(200)
  })
})

describe('sub-paths of simulated resources', () => {
  it('non-numeric segments fall through to the spec instead of being taken for an id', async () => {
    expect((await api.get('/Team/Tree')).status).toBe(200)
    expect((await api.get('/Site/StockBins')).status).toBe(200)
    expect((await api.get('/Tickets/zapier')).status).toBe(200)
    expect(mock.requests.at(-1)?.operation).toBe('GET /Tickets/zapier')
  })
})
