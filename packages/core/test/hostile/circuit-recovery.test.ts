// With the token endpoint on the API's host, one circuit covers both: once it opens on token
// failures, the next call after the cool-down must be able to fetch a token and close it again
// (the probe permit is taken right before sending, never held while the token is fetched).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isHaloCircuitOpenError } from '../../src/index.js'
import { CANARY_TOKEN, settleWithin, stubCore, stubHalo } from './support/stub-halo.js'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 1_000_000 })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('circuit recovery', () => {
  it('a circuit opened by the token endpoint closes again once it heals', async () => {
    let healthy = false
    const stub = stubHalo(
      () => Response.json({ ok: true }),
      () =>
        healthy
          ? Response.json({ access_token: `${CANARY_TOKEN}-ok`, expires_in: 3600 })
          : new Response('0', { status: 408 }),
    )
    const core = stubCore(stub, {
      retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 500 },
      timeoutMs: 1_000,
      rateLimit: { requests: 50, windowMs: 60_000 },
      circuitBreaker: { failureThreshold: 3, cooldownMs: 5_000 },
    })
    const failed = await settleWithin(core.get('/Tickets'), 10_000)
    expect(failed.error).toBeDefined()
    expect(isHaloCircuitOpenError(await core.get('/Tickets').catch((error: unknown) => error))).toBe(true)
    healthy = true
    await vi.advanceTimersByTimeAsync(3_600_000)
    const recovered = await settleWithin(core.get('/Tickets'), 10_000)
    if (recovered.error !== undefined) throw recovered.error
    expect(recovered.value).toEqual({ ok: true })
  })
})
