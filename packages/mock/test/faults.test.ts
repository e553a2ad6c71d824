import { describe, expect, it } from 'vitest'
import { createHaloMock, rateLimitMessage, seed } from '../src/index.js'
import { base, useHaloMock } from './support.js'

const sleeps: number[] = []
const { mock, api } = useHaloMock({
  sleep: async (ms) => {
    sleeps.push(ms)
  },
})

describe('fault injection', () => {
  it('latency waits (through the injectable sleep) and then answers normally', async () => {
    sleeps.length = 0
    mock.faults.add({ kind: 'latency', ms: 1500, match: { path: '/Tickets' } })
    const res = await api.get('/Tickets?count=1')
    expect(res.status).toBe(200)
    expect(sleeps).toEqual([1500])
    await api.get('/Status')
    expect(sleeps).toEqual([1500])
  })

  it('status with a default .NET body, or a given one; `times` retires the fault', async () => {
    const handle = mock.faults.add({ kind: 'status', status: 503, times: 2, match: { method: 'GET' } })
    const first = await api.get('/Tickets')
    expect(first.status).toBe(503)
    expect(await first.json()).toMatchObject({ ClassName: 'System.Exception' })
    expect((await api.get('/Tickets')).status).toBe(503)
    expect((await api.get('/Tickets')).status).toBe(200)
    expect(handle.hits).toBe(2)
    mock.faults.add({
      kind: 'status',
      status: 500,
      body: 'Object reference not set to an instance of an object.',
    })
    const text = await api.get('/Tickets')
    expect(await text.text()).toBe('Object reference not set to an instance of an object.')
  })

  it('html answers an IIS-style error page', async () => {
    mock.faults.add({ kind: 'html', status: 502 })
    const res = await api.get('/Tickets')
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toContain('<title>502 - Web server received an invalid response')
  })

  it('reset makes fetch fail with a network error', async () => {
    mock.faults.add({ kind: 'reset', match: { method: 'POST', path: '/Tickets' }, times: 1 })
    await expect(api.post('/Tickets', [{ summary: 'lost?' }])).rejects.toThrow(TypeError)
    expect((await api.post('/Tickets', [{ summary: 'second try' }])).status).toBe(201)
  })

  it('malformed-json handles the request and truncates the body', async () => {
    mock.faults.add({ kind: 'malformed-json', match: { path: /\/api\/tickets$/i }, times: 1 })
    const before = mock.state.tickets.size
    const res = await api.post('/Tickets', [{ summary: 'half a body' }])
    expect(res.status).toBe(201)
    await expect(res.clone().json()).rejects.toThrow()
    expect((await res.text()).length).toBeGreaterThan(0)
    // the write happened: a client that retries will make a duplicate
    expect(mock.state.tickets.size).toBe(before + 1)
  })

  it('rate-limit answers Halo 429 text', async () => {
    mock.faults.add({ kind: 'rate-limit', times: 3 })
    for (let i = 0; i < 3; i++) {
      const res = await api.get('/Tickets')
      expect(res.status).toBe(429)
      expect(await res.text()).toBe('Rate Limit Reached - 300 Requests per rolling 5 minute window')
    }
    expect((await api.get('/Tickets')).status).toBe(200)
  })

  it('timeout never answers until the client aborts', async () => {
    mock.faults.add({ kind: 'timeout', match: { path: '/Tickets/*' } })
    const controller = new AbortController()
    const pending = fetch(`${base}/api/Tickets/${seed.ticketId}`, {
      headers: { authorization: `Bearer ${mock.issueToken()}` },
      signal: controller.signal,
    })
    await waitFor(() => mock.requests.some((r) => r.path === `/api/Tickets/${seed.ticketId}`))
    const entry = mock.requests.find((r) => r.path === `/api/Tickets/${seed.ticketId}`)
    expect(entry?.status).toBe(0)
    controller.abort()
    await expect(pending).rejects.toThrow()
    expect((await api.get('/Tickets')).status).toBe(200)
  })

  it('probability draws from the seeded RNG: the same seed hits the same requests', async () => {
    async function pattern(seedValue: number): Promise<number[]> {
      const m = createHaloMock({ seed: seedValue, requireAuth: false })
      m.faults.add({ kind: 'status', status: 502, probability: 0.5 })
      const out: number[] = []
      for (let i = 0; i < 20; i++) out.push((await m.handle(new Request(`${base}/api/Status`))).status)
      return out
    }
    const a = await pattern(42)
    expect(await pattern(42)).toEqual(a)
    expect(a).toContain(502)
    expect(a).toContain(200)
  })

  it('faults.clear() disarms everything', async () => {
    mock.faults.add({ kind: 'status', status: 500 })
    expect(mock.faults.size).toBe(1)
    mock.faults.clear()
    expect((await api.get('/Tickets')).status).toBe(200)
  })
})

describe('rate limit window', () => {
  it('answers 429 with the configured figures once the rolling window is spent, and frees up as it rolls', async () => {
    let clock = 1_000_000
    const limited = createHaloMock({
      rateLimit: { requests: 3, windowMs: 60_000 },
      retryAfter: true,
      now: () => clock,
    })
    const call = (): Promise<Response> =>
      limited.handle(
        new Request(`${base}/api/Status`, { headers: { authorization: `Bearer ${limited.issueToken()}` } }),
      )
    for (let i = 0; i < 3; i++) expect((await call()).status).toBe(200)
    const limitedRes = await call()
    expect(limitedRes.status).toBe(429)
    expect(await limitedRes.text()).toBe('Rate Limit Reached - 3 Requests per rolling 1 minute window')
    expect(limitedRes.headers.get('retry-after')).toBe('60')
    clock += 60_000
    expect((await call()).status).toBe(200)
    expect(rateLimitMessage({ requests: 300, windowMs: 300_000 })).toBe(
      'Rate Limit Reached - 300 Requests per rolling 5 minute window',
    )
  })
})

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setImmediate(r))
  if (!check()) throw new Error('condition not met')
}
