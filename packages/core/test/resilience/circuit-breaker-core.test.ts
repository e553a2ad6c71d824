import { delay, HttpResponse, http } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createHaloCore,
  DEFAULT_CIRCUIT_BREAKER,
  type HaloCircuitOpenError,
  isHaloCircuitOpenError,
  isHaloConnectionError,
  isHaloRateLimitError,
  isHaloResourceNotFound,
  isHaloServerError,
  isHaloTimeoutError,
} from '../../src/index.js'
import {
  API,
  recordingLogger,
  rejectionOf,
  server,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from '../support/halo-server.js'

useHaloServer()

// Only the clock is faked: backoff sleeps stay real (1–4 ms) while the cool-down is stepped over.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'))
})
afterEach(() => vi.useRealTimers())

/** `/api/Tickets` answering `status` until `heal()`; counts what reached the server. */
function failingHalo(status: number) {
  let healthy = false
  let hits = 0
  server.use(
    http.get(`${API}/Tickets`, () => {
      hits += 1
      return healthy ? HttpResponse.json([{ id: 1 }]) : HttpResponse.json({ Message: 'down' }, { status })
    }),
  )
  return {
    hits: () => hits,
    heal: () => {
      healthy = true
    },
  }
}

const retry = { retries: 3, baseDelayMs: 1, maxDelayMs: 4 }

describe('circuit breaker in the client', () => {
  it('defaults to 10 failures in a row and a 30 s cool-down', () => {
    expect(DEFAULT_CIRCUIT_BREAKER).toEqual({ failureThreshold: 10, cooldownMs: 30_000 })
  })

  it('fails fast once Halo failed N times in a row, then recovers through one probe when Halo heals', async () => {
    tokenEndpoint()
    const halo = failingHalo(503)
    const logger = recordingLogger()
    const core = createHaloCore(
      testOptions({ retry, logger, circuitBreaker: { failureThreshold: 4, cooldownMs: 20_000 } }),
    )
    // The first call spends its four attempts and ends with Halo's own error.
    expect(isHaloServerError(await rejectionOf(core.get('/Tickets')))).toBe(true)
    expect(halo.hits()).toBe(4)

    // Now calls fail at once, without reaching Halo.
    const refusals = await Promise.all(Array.from({ length: 20 }, () => rejectionOf(core.get('/Tickets'))))
    expect(refusals.every(isHaloCircuitOpenError)).toBe(true)
    expect(halo.hits()).toBe(4)
    const refused = refusals[0] as HaloCircuitOpenError
    expect(refused.host).toBe('acme.halopsa.com')
    expect(refused.message).toMatch(
      /^Halo at acme\.halopsa\.com failed 4 times in a row; not calling it for 20 s/,
    )
    expect(refused.url).toBe(`${API}/Tickets`)

    // After the cool-down, still failing: the probe fails and the circuit re-opens.
    vi.advanceTimersByTime(20_000)
    expect(isHaloServerError(await rejectionOf(core.get('/Tickets')))).toBe(true)
    expect(halo.hits()).toBe(5) // one probe, no retries into an open circuit
    expect(isHaloCircuitOpenError(await rejectionOf(core.get('/Tickets')))).toBe(true)

    // Halo heals: after the next cool-down the probe succeeds and calls flow again.
    halo.heal()
    vi.advanceTimersByTime(20_000)
    await expect(core.get('/Tickets')).resolves.toEqual([{ id: 1 }])
    await expect(Promise.all([core.get('/Tickets'), core.get('/Tickets')])).resolves.toHaveLength(2)
    expect(halo.hits()).toBe(8)
    const said = logger.entries.map((entry) => entry.message).join('\n')
    expect(said).toContain('failed 4 times in a row')
    expect(said).toContain('answers again; calls resume')
  })

  it('stops retrying when the circuit opens mid-call, ending with Halo’s error rather than "not sent"', async () => {
    tokenEndpoint()
    const halo = failingHalo(502)
    const core = createHaloCore(
      testOptions({
        retry: { retries: 10, baseDelayMs: 1, maxDelayMs: 2 },
        circuitBreaker: { failureThreshold: 3 },
      }),
    )
    const error = await rejectionOf(core.get('/Tickets'))
    expect(isHaloServerError(error)).toBe(true)
    expect(halo.hits()).toBe(3)
  })

  it('caller errors (4xx) and 429s never open it', async () => {
    tokenEndpoint()
    let hits = 0
    server.use(
      http.get(`${API}/Tickets/:id`, () => {
        hits += 1
        return HttpResponse.json({ Message: 'not found' }, { status: 404 })
      }),
      http.get(`${API}/Busy`, () => {
        hits += 1
        return HttpResponse.text('Rate Limit Reached', { status: 429 })
      }),
    )
    const core = createHaloCore(testOptions({ retry: false, circuitBreaker: { failureThreshold: 2 } }))
    for (let index = 0; index < 10; index++) {
      expect(isHaloResourceNotFound(await rejectionOf(core.get(`/Tickets/${index}`)))).toBe(true)
      expect(isHaloRateLimitError(await rejectionOf(core.get('/Busy')))).toBe(true)
    }
    expect(hits).toBe(20)
  })

  it('counts connection errors and timeouts', async () => {
    tokenEndpoint()
    let hits = 0
    server.use(
      http.get(`${API}/Tickets`, () => {
        hits += 1
        return HttpResponse.error()
      }),
    )
    const core = createHaloCore(testOptions({ retry: false, circuitBreaker: { failureThreshold: 3 } }))
    for (let index = 0; index < 3; index++)
      expect(isHaloConnectionError(await rejectionOf(core.get('/Tickets')))).toBe(true)
    expect(isHaloCircuitOpenError(await rejectionOf(core.get('/Tickets')))).toBe(true)
    expect(hits).toBe(3)

    server.use(http.get(`${API}/Slow`, () => delay('infinite')))
    const slow = createHaloCore(
      testOptions({ retry: false, timeoutMs: 5, circuitBreaker: { failureThreshold: 2 } }),
    )
    expect(isHaloTimeoutError(await rejectionOf(slow.get('/Slow')))).toBe(true)
    expect(isHaloTimeoutError(await rejectionOf(slow.get('/Slow')))).toBe(true)
    expect(isHaloCircuitOpenError(await rejectionOf(slow.get('/Slow')))).toBe(true)
  })

  it('guards the authorisation server on its own: a dead token endpoint opens only its circuit', async () => {
    let tokenHits = 0
    server.use(
      http.post('https://login.example.test/auth/token', () => {
        tokenHits += 1
        return HttpResponse.text('Bad gateway', { status: 502 })
      }),
    )
    const core = createHaloCore(
      testOptions({
        authUrl: 'https://login.example.test/auth',
        retry: false,
        circuitBreaker: { failureThreshold: 2 },
      }),
    )
    await rejectionOf(core.get('/Tickets'))
    await rejectionOf(core.get('/Tickets'))
    const refused = await rejectionOf(core.get('/Tickets'))
    expect(isHaloCircuitOpenError(refused)).toBe(true)
    expect((refused as HaloCircuitOpenError).host).toBe('login.example.test')
    expect(tokenHits).toBe(2)
  })

  it('circuitBreaker: false never refuses', async () => {
    tokenEndpoint()
    const halo = failingHalo(500)
    const core = createHaloCore(testOptions({ retry: false, circuitBreaker: false }))
    for (let index = 0; index < 15; index++)
      expect(isHaloServerError(await rejectionOf(core.get('/Tickets')))).toBe(true)
    expect(halo.hits()).toBe(15)
  })

  it('refuses nonsense settings at construction', () => {
    expect(() => createHaloCore(testOptions({ circuitBreaker: { failureThreshold: 0 } }))).toThrow(
      /circuitBreaker\.failureThreshold must be a positive integer/,
    )
    expect(() => createHaloCore(testOptions({ circuitBreaker: { cooldownMs: -1 } }))).toThrow(
      /circuitBreaker\.cooldownMs/,
    )
  })

  it('keeps working for a healthy Halo under the default settings', async () => {
    tokenEndpoint()
    server.use(http.get(`${API}/Tickets`, () => HttpResponse.json([])))
    const core = createHaloCore(testOptions())
    await expect(Promise.all(Array.from({ length: 30 }, () => core.get('/Tickets')))).resolves.toHaveLength(
      30,
    )
  })

  it('runs the README circuit-breaker example', async () => {
    tokenEndpoint()
    failingHalo(503)
    const clientId = 'id'
    const clientSecret = 'secret-value'
    const said: string[] = []
    const core = createHaloCore({
      baseUrl: 'https://acme.halopsa.com',
      clientId,
      clientSecret,
      circuitBreaker: { failureThreshold: 5, cooldownMs: 60_000 },
      // test-only: a known token endpoint, no window, short backoff
      authUrl: 'https://acme.halopsa.com/auth',
      rateLimit: false,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    })
    const call = async () => {
      try {
        await core.get('/Tickets')
      } catch (error) {
        if (isHaloCircuitOpenError(error)) {
          said.push(`${error.host} is resting; try again in ${Math.ceil(error.retryAfterMs / 1000)} s`)
        } else if (!isHaloServerError(error)) throw error
      }
    }
    await call() // 4 attempts
    await call() // the 5th failure opens the circuit
    await call() // refused
    expect(said).toEqual(['acme.halopsa.com is resting; try again in 60 s'])
  })
})
