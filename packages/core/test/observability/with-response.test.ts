import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore, type HaloHooks, type RequestHookEvent } from '../../src/index.js'
import { API, server, testOptions, tokenEndpoint, useHaloServer } from '../support/halo-server.js'

useHaloServer()

describe('withResponse', () => {
  it('a raw GET answers data, status, headers and the request id its hooks saw', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${API}/Tickets/5`, () =>
        HttpResponse.json({ id: 5 }, { status: 200, headers: { 'x-ratelimit-remaining': '42' } }),
      ),
    )
    const seen: RequestHookEvent[] = []
    const hooks: HaloHooks = { onRequest: (event) => seen.push(event) }
    const core = createHaloCore(testOptions({ hooks }))
    const answer = await core.get<{ id: number }>('/Tickets/5', { withResponse: true })
    expect(answer.data).toEqual({ id: 5 })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('x-ratelimit-remaining')).toBe('42')
    expect(answer.requestId).toMatch(/^req_[0-9a-f]{16}$/)
    expect(seen.find((event) => event.url.startsWith(API))?.requestId).toBe(answer.requestId)
  })

  it('post, put, patch and delete answer the same shape; without the option, the body alone', async () => {
    tokenEndpoint()
    server.use(
      http.post(`${API}/Tickets`, () => HttpResponse.json([{ id: 9 }], { status: 201 })),
      http.put(`${API}/Tickets`, () => HttpResponse.json({ ok: true })),
      http.patch(`${API}/Tickets`, () => HttpResponse.json({ ok: true })),
      http.delete(`${API}/Tickets/9`, () => new HttpResponse(null, { status: 204 })),
    )
    const core = createHaloCore(testOptions())
    const created = await core.post<{ id: number }[]>('/Tickets', [{ summary: 'x' }], { withResponse: true })
    expect([created.status, created.data]).toEqual([201, [{ id: 9 }]])
    expect((await core.put('/Tickets', {}, { withResponse: true })).status).toBe(200)
    expect((await core.patch('/Tickets', {}, { withResponse: true })).data).toEqual({ ok: true })
    const deleted = await core.delete('/Tickets/9', { withResponse: true })
    expect([deleted.status, deleted.data]).toEqual([204, undefined])
    expect(await core.post('/Tickets', [{ summary: 'x' }])).toEqual([{ id: 9 }])
    expect(await core.post('/Tickets', [{ summary: 'x' }], { withResponse: false })).toEqual([{ id: 9 }])
  })
})
