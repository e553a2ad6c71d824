// Which answers prove a write was not processed. Halo POSTs create records, and some proxies answer
// 502/503/504 after the upstream processed the request: replaying then creates a second ticket.
import { describe, expect, it } from 'vitest'
import { isHaloServerError } from '../../src/index.js'
import { stubCore, stubHalo } from './support/stub-halo.js'

/** A Halo that creates the ticket, then has a proxy answer `status` in place of its answer. */
function processedThen(status: number, headers: Record<string, string> = {}) {
  const created: unknown[] = []
  const stub = stubHalo((request) => {
    created.push(JSON.parse(request.body ?? 'null'))
    return new Response('<html><body>Service Unavailable</body></html>', {
      status,
      headers: { 'content-type': 'text/html', ...headers },
    })
  })
  return { stub, created }
}

describe('a write answered with an error after it was processed', () => {
  for (const [status, headers] of [
    [503, {}],
    [503, { 'retry-after': '0' }],
    [502, {}],
    [504, {}],
    [408, {}],
  ] as const) {
    it(`POST answered ${status}${'retry-after' in headers ? ' with Retry-After' : ''} is not replayed by default: one ticket`, async () => {
      const { stub, created } = processedThen(status, headers)
      const error = await stubCore(stub)
        .post('/Tickets', [{ summary: 'once' }])
        .catch((caught: unknown) => caught)
      expect(created).toHaveLength(1)
      expect((error as { status?: number }).status).toBe(status)
      if (status >= 500) expect(isHaloServerError(error)).toBe(true)
      expect((error as Error).message).toMatch(/may have (reached|been processed)|not repeated/)
    })
  }

  it('a 429 (Halo’s own limiter refuses before doing anything) is replayed', async () => {
    let calls = 0
    const stub = stubHalo(() => {
      calls += 1
      return calls === 1
        ? new Response('{"Message":"Rate limit"}', { status: 429, headers: { 'retry-after': '0' } })
        : Response.json([{ id: 1 }])
    })
    await expect(stubCore(stub).post('/Tickets', [{ summary: 'x' }])).resolves.toEqual([{ id: 1 }])
    expect(calls).toBe(2)
  })

  it('retryUnsafeWrites opts in to replaying a 503', async () => {
    const { stub, created } = processedThen(503)
    await stubCore(stub, { retry: { retries: 2, baseDelayMs: 0, maxDelayMs: 1, retryUnsafeWrites: true } })
      .post('/Tickets', [{ summary: 'x' }])
      .catch(() => undefined)
    expect(created).toHaveLength(3)
  })

  it('a GET answered 503 is still retried', async () => {
    const { stub, created } = processedThen(503)
    await stubCore(stub, { retry: { retries: 2, baseDelayMs: 0, maxDelayMs: 1 } })
      .get('/Tickets')
      .catch(() => undefined)
    expect(created).toHaveLength(3)
  })
})
