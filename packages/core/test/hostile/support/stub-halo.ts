// A fetch double for the hostile-answer suites: it answers the token endpoint itself and hands
// every API request to the test's handler. No server and no msw, so fake timers can drive a whole
// call (limiter waits, backoff, deadlines) without real time passing.
import { vi } from 'vitest'
import { createHaloCore, type HaloCore, type HaloCoreOptions } from '../../../src/index.js'
import { AUTH, BASE, CANARY_SECRET, CANARY_TOKEN, TOKEN_URL } from '../../support/halo-server.js'

export { API, BASE, CANARY_SECRET, CANARY_TOKEN, TOKEN_URL } from '../../support/halo-server.js'

export interface SeenRequest {
  readonly method: string
  readonly url: string
  readonly headers: Headers
  readonly body: string | undefined
}

export type Handler = (request: SeenRequest, signal: AbortSignal | undefined) => Response | Promise<Response>

export interface StubHalo {
  readonly fetch: typeof globalThis.fetch
  /** API requests that reached the double (the token endpoint's are in `tokenRequests`). */
  readonly requests: SeenRequest[]
  readonly tokenRequests: SeenRequest[]
}

const okToken = (): Response =>
  Response.json({ access_token: `${CANARY_TOKEN}-1`, token_type: 'Bearer', expires_in: 3600 })

/** A fetch double; `token` answers the token endpoint (a good token by default). */
export function stubHalo(handler: Handler, token: Handler = okToken): StubHalo {
  const requests: SeenRequest[] = []
  const tokenRequests: SeenRequest[] = []
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    // What a real fetch checks locally before any network (a body on a GET, a CR in a header).
    const request = new Request(input, init)
    const body = init?.body === undefined || init.body === null ? undefined : await request.text()
    const seen: SeenRequest = { method: request.method, url: request.url, headers: request.headers, body }
    const signal = init?.signal ?? undefined
    signal?.throwIfAborted()
    if (request.url.startsWith(TOKEN_URL)) {
      tokenRequests.push(seen)
      return token(seen, signal)
    }
    requests.push(seen)
    return handler(seen, signal)
  }) as typeof globalThis.fetch
  return { fetch, requests, tokenRequests }
}

/** A response that never comes: settles only by rejecting when the attempt's signal aborts. */
export function never(signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
}

export function stubCore(stub: StubHalo, overrides: Partial<HaloCoreOptions> = {}): HaloCore {
  return createHaloCore({
    baseUrl: BASE,
    clientId: 'test-client',
    clientSecret: CANARY_SECRET,
    authUrl: AUTH,
    rateLimit: false,
    retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 20 },
    fetch: stub.fetch,
    ...overrides,
  })
}

/**
 * Settles `promise` while fake time jumps from timer to timer, and says how much fake time it took.
 * Gives up (rather than hangs) once `limitMs` of fake time has passed, or when nothing is left that
 * could settle it (no timer pending, nothing moving).
 */
export async function settleWithin<T>(
  promise: Promise<T>,
  limitMs: number,
): Promise<{
  readonly value?: T
  readonly error?: unknown
  readonly elapsedMs: number
  readonly settled: boolean
}> {
  let outcome: { value?: T; error?: unknown } | undefined
  promise.then(
    (value) => {
      outcome = { value }
    },
    (error: unknown) => {
      outcome = { error }
    },
  )
  const start = Date.now()
  const realTurn = () => new Promise((resolve) => setImmediate(resolve))
  while (outcome === undefined && Date.now() - start <= limitMs) {
    // Work that is not on a fake timer (stream pulls, Node's own immediates) runs first, so time
    // only jumps once the call is really waiting on a timer.
    for (let turn = 0; turn < 5 && outcome === undefined; turn++) await realTurn()
    if (outcome !== undefined || vi.getTimerCount() === 0) break
    await vi.advanceTimersToNextTimerAsync()
  }
  return { ...outcome, elapsedMs: Date.now() - start, settled: outcome !== undefined }
}
