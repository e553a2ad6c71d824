// A 429 that names an absurd window, a limiter wait nobody bounded, a call nobody can bound: each
// could hold a call (and every later call of the tenant) for hours. Fake timers stand in for time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isHaloRateLimitError, isHaloTimeoutError } from '../../src/index.js'
import { parseRateLimitText } from '../../src/rate-limit/parse-rate-limit-text.js'
import { never, settleWithin, stubCore, stubHalo } from './support/stub-halo.js'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 1_000_000 })
})
afterEach(() => {
  vi.useRealTimers()
})

const ABSURD_PAGE =
  '<html><body><h1>Too many requests</h1><p>1 Requests per rolling 10000 hour window</p></body></html>'

describe('learned 429 figures are bounded', () => {
  it('ignores a window longer than an hour, or a figure it cannot enforce', () => {
    expect(parseRateLimitText('1 Requests per rolling 10000 hour window')).toBeUndefined()
    expect(parseRateLimitText('5 requests per 2 hours')).toBeUndefined()
    expect(parseRateLimitText('0 requests per minute')).toBeUndefined()
    expect(parseRateLimitText('300 Requests per rolling 5 minute window')).toEqual({
      requests: 300,
      windowMs: 300_000,
    })
    expect(parseRateLimitText('60 requests per 1 hour')).toEqual({ requests: 60, windowMs: 3_600_000 })
  })

  it('a 429 page naming "1 per 10000 hours" does not freeze the client: the retry and the next call go out within seconds', async () => {
    let answered429 = false
    const stub = stubHalo(() => {
      if (!answered429) {
        answered429 = true
        return new Response(ABSURD_PAGE, { status: 429, headers: { 'content-type': 'text/html' } })
      }
      return Response.json({ ok: true })
    })
    const core = stubCore(stub, { rateLimit: { requests: 500, windowMs: 300_000 } })
    const first = await settleWithin(core.get('/Tickets'), 60_000)
    expect(first.settled).toBe(true)
    expect(first.value).toEqual({ ok: true })
    const second = await settleWithin(core.get('/Tickets'), 60_000)
    expect(second.value).toEqual({ ok: true })
    expect(first.elapsedMs + second.elapsedMs).toBeLessThan(5_000)
  })
})

describe('the wait in the rate limiter is capped and ends in a typed error', () => {
  it('a call queued longer than maxRateLimitWaitMs ends in HaloRateLimitError naming the option', async () => {
    const stub = stubHalo(() => Response.json({ ok: true }))
    const core = stubCore(stub, {
      rateLimit: { requests: 1, windowMs: 3_600_000 },
      maxRateLimitWaitMs: 2_000,
    })
    expect((await settleWithin(core.get('/Tickets'), 1_000)).value).toEqual({ ok: true })
    const queued = await settleWithin(core.get('/Tickets'), 60_000)
    expect(queued.settled).toBe(true)
    expect(isHaloRateLimitError(queued.error)).toBe(true)
    expect(String((queued.error as Error).message)).toMatch(/maxRateLimitWaitMs/)
    expect(queued.elapsedMs).toBeGreaterThanOrEqual(2_000)
    expect(queued.elapsedMs).toBeLessThan(2_500)
    expect(stub.requests).toHaveLength(1)
  })

  it('a per-call maxRateLimitWaitMs overrides the client', async () => {
    const stub = stubHalo(() => Response.json({ ok: true }))
    const core = stubCore(stub, { rateLimit: { requests: 1, windowMs: 3_600_000 } })
    await settleWithin(core.get('/Tickets'), 1_000)
    const queued = await settleWithin(core.get('/Tickets', { maxRateLimitWaitMs: 500 }), 60_000)
    expect(isHaloRateLimitError(queued.error)).toBe(true)
    expect(queued.elapsedMs).toBeLessThan(1_000)
  })

  it('the default cap ends a wait of an hour after ten minutes', async () => {
    const stub = stubHalo(() => Response.json({ ok: true }))
    const core = stubCore(stub, { rateLimit: { requests: 1, windowMs: 3_600_000 } })
    await settleWithin(core.get('/Tickets'), 1_000)
    const queued = await settleWithin(core.get('/Tickets'), 3_600_000)
    expect(isHaloRateLimitError(queued.error)).toBe(true)
    expect(queued.elapsedMs).toBeLessThanOrEqual(610_000)
  })
})

describe('deadlineMs bounds a whole call', () => {
  it('covers retries and backoff: a call answered 503 forever ends at its deadline as HaloTimeoutError', async () => {
    const stub = stubHalo(() => new Response('{"Message":"busy"}', { status: 503 }))
    const core = stubCore(stub, { retry: { retries: 50, baseDelayMs: 1_000, maxDelayMs: 30_000 } })
    const call = await settleWithin(core.get('/Tickets', { deadlineMs: 5_000 }), 600_000)
    expect(isHaloTimeoutError(call.error)).toBe(true)
    expect(String((call.error as Error).message)).toMatch(/deadlineMs/)
    expect(call.elapsedMs).toBeLessThanOrEqual(5_100)
  })

  it('covers the token request: a token endpoint that never answers ends at the deadline', async () => {
    const stub = stubHalo(
      () => Response.json({ ok: true }),
      (_request, signal) => never(signal),
    )
    const core = stubCore(stub, { timeoutMs: 30_000, deadlineMs: 3_000 })
    const call = await settleWithin(core.get('/Tickets'), 600_000)
    expect(isHaloTimeoutError(call.error)).toBe(true)
    expect(call.elapsedMs).toBeLessThanOrEqual(3_100)
  })

  it('covers the limiter wait', async () => {
    const stub = stubHalo(() => Response.json({ ok: true }))
    const core = stubCore(stub, { rateLimit: { requests: 1, windowMs: 3_600_000 } })
    await settleWithin(core.get('/Tickets'), 1_000)
    const queued = await settleWithin(core.get('/Tickets', { deadlineMs: 1_500 }), 3_600_000)
    expect(isHaloTimeoutError(queued.error)).toBe(true)
    expect(queued.elapsedMs).toBeLessThanOrEqual(2_000)
  })

  it('cuts an attempt short: a slow answer ends at the deadline, not at timeoutMs', async () => {
    const stub = stubHalo((_request, signal) => never(signal))
    const core = stubCore(stub, { timeoutMs: 30_000 })
    const call = await settleWithin(core.get('/Tickets', { deadlineMs: 2_000 }), 600_000)
    expect(isHaloTimeoutError(call.error)).toBe(true)
    expect(call.elapsedMs).toBeLessThanOrEqual(2_100)
  })

  it('refuses a deadlineMs that is not a positive number, before sending', async () => {
    const stub = stubHalo(() => Response.json({ ok: true }))
    const core = stubCore(stub)
    await expect(core.get('/Tickets', { deadlineMs: -1 })).rejects.toThrow(TypeError)
    expect(() => stubCore(stub, { deadlineMs: 0 })).toThrow(/deadlineMs/)
    expect(stub.requests).toHaveLength(0)
  })
})
