import { describe, expect, it } from 'vitest'
import { seed } from '../src/index.js'
import { base, useHaloMock } from './support.js'

const { mock, api } = useHaloMock()

describe('paths', () => {
  it('are case-insensitive', async () => {
    const a = await api.json<{ id: number }>(`/tickets/${seed.ticketId}`)
    const b = await api.json<{ id: number }>(`/TICKETS/${seed.ticketId}`)
    expect(a.id).toBe(seed.ticketId)
    expect(b).toEqual(a)
    expect((await api.get('/tickettype')).status).toBe(200)
  })

  it('unknown paths outside the spec are 404', async () => {
    expect((await api.get('/NoSuchThing')).status).toBe(404)
  })
})

describe('POST creates and updates', () => {
  it('one object in → one object out, 201', async () => {
    const res = await api.post('/Tickets', [
      { summary: 'Printer on fire', tickettype_id: seed.ticketTypeId, user_id: seed.userId },
    ])
    expect(res.status).toBe(201)
    const ticket = (await res.json()) as Record<string, unknown>
    expect(Array.isArray(ticket)).toBe(false)
    expect(ticket).toMatchObject({
      summary: 'Printer on fire',
      client_id: seed.clientId,
      site_id: seed.siteId,
      status_id: 1,
    })
    expect(ticket.id).toBe(seed.firstTicketId + seed.defaultTicketCount)
    expect(mock.state.tickets.get(ticket.id as number)?.summary).toBe('Printer on fire')
  })

  it('many in → array out', async () => {
    const res = await api.post('/Tickets', [{ summary: 'One' }, { summary: 'Two' }])
    expect(res.status).toBe(201)
    const out = (await res.json()) as { id: number; summary: string }[]
    expect(out.map((t) => t.summary)).toEqual(['One', 'Two'])
    expect(out[1]?.id).toBe((out[0]?.id ?? 0) + 1)
  })

  it('a lone object (not an array) is accepted as one item', async () => {
    const res = await api.post('/Tickets', { summary: 'Not wrapped' })
    expect(res.status).toBe(201)
    expect(((await res.json()) as { summary: string }).summary).toBe('Not wrapped')
  })

  it('an item with an existing id updates it partially', async () => {
    const before = mock.state.tickets.get(seed.ticketId)
    const res = await api.post('/Tickets', [{ id: seed.ticketId, status_id: seed.statusClosedId }])
    expect(res.status).toBe(201)
    const updated = (await res.json()) as Record<string, unknown>
    expect(updated.status_id).toBe(seed.statusClosedId)
    expect(updated.summary).toBe(before?.summary)
    expect(updated.client_id).toBe(before?.client_id)
    expect(mock.state.tickets.size).toBe(seed.defaultTicketCount)
  })

  it('customfields merge by id on update', async () => {
    await api.post('/Tickets', [{ id: seed.ticketId, customfields: [{ id: 165, value: 1 }] }])
    await api.post('/Tickets', [{ id: seed.ticketId, customfields: [{ id: 166, value: 2 }] }])
    expect(mock.state.tickets.get(seed.ticketId)?.customfields).toEqual([
      { id: 165, value: 1 },
      { id: 166, value: 2 },
    ])
  })

  it('a ticket without a summary is a 400 keyed by field path, and nothing is written', async () => {
    const res = await api.post('/Tickets', [{ summary: 'fine' }, { details: 'no summary' }])
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ '[1].summary': ['The Summary field is required.'] })
    expect(mock.state.tickets.size).toBe(seed.defaultTicketCount)
  })

  it('an action without ticket_id is a 400 in plain text; without an outcome a .NET error object', async () => {
    const noTicket = await api.post('/Actions', [{ outcome: 'Private Note', note: 'x' }])
    expect(noTicket.status).toBe(400)
    expect(noTicket.headers.get('content-type')).toContain('text/plain')
    expect(await noTicket.text()).toMatch(/ticket_id/)
    const noOutcome = await api.post('/Actions', [{ ticket_id: seed.ticketId, note: 'x' }])
    expect(noOutcome.status).toBe(400)
    expect(await noOutcome.json()).toMatchObject({
      ClassName: expect.any(String),
      Message: expect.stringMatching(/outcome/),
    })
  })

  it('updating an unknown id is a 404', async () => {
    expect((await api.post('/Tickets', [{ id: 999_999, summary: 'x' }])).status).toBe(404)
  })
})

describe('GET one and DELETE', () => {
  it('unknown id → 404 with a Halo-style body', async () => {
    const res = await api.get('/Tickets/999999')
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({
      ClassName: expect.any(String),
      Message: expect.stringContaining('999999'),
    })
  })

  it('includedetails adds child objects', async () => {
    const plain = await api.json<Record<string, unknown>>(`/Tickets/${seed.ticketId}`)
    const detailed = await api.json<Record<string, unknown>>(`/Tickets/${seed.ticketId}?includedetails=true`)
    expect(plain.customfields).toBeUndefined()
    expect(detailed.customfields).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'CFimpact', display: 'Single User' })]),
    )
    expect(detailed.priority).toMatchObject({ slaid: 1, priorityid: 3, name: 'Medium' })
  })

  it('DELETE returns the deleted record, after which it is gone', async () => {
    const res = await api.del(`/Tickets/${seed.ticketId}`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { id: number }).id).toBe(seed.ticketId)
    expect((await api.get(`/Tickets/${seed.ticketId}`)).status).toBe(404)
    expect(mock.state.tickets.size).toBe(seed.defaultTicketCount - 1)
  })
})

describe('request log', () => {
  it('counts duplicates of a POST', async () => {
    await api.post('/Tickets', [{ summary: 'dup' }])
    await api.post('/tickets', [{ summary: 'dup' }])
    const posts = mock.requests.filter((r) => r.operation === 'POST /Tickets')
    expect(posts).toHaveLength(2)
    expect(posts[0]).toMatchObject({
      method: 'POST',
      path: '/api/Tickets',
      status: 201,
      body: [{ summary: 'dup' }],
    })
    expect(mock.requests.every((r) => r.path.startsWith('/api') || r.path.startsWith('/auth'))).toBe(true)
    expect(base).toContain('halo.example.test')
  })
})
