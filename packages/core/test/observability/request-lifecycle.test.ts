import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import {
  createHaloCore,
  type HaloHooks,
  isHaloServerError,
  type OperationDescriptor,
  type RequestHookEvent,
  type ResponseHookEvent,
  type RetryHookEvent,
} from '../../src/index.js'
import {
  API,
  rejectionOf,
  server,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from '../support/halo-server.js'

useHaloServer()

type Seen =
  | ({ readonly hook: 'onRequest' } & RequestHookEvent)
  | ({ readonly hook: 'onResponse' } & ResponseHookEvent)
  | ({ readonly hook: 'onRetry' } & RetryHookEvent)

function recordingHooks(): { readonly hooks: HaloHooks; readonly seen: Seen[] } {
  const seen: Seen[] = []
  return {
    seen,
    hooks: {
      onRequest: (event) => seen.push({ hook: 'onRequest', ...event }),
      onResponse: (event) => seen.push({ hook: 'onResponse', ...event }),
      onRetry: (event) => seen.push({ hook: 'onRetry', ...event }),
    },
  }
}

/** Answers 503 `failures` times, then 200. */
function flaky(path: string, failures: number): void {
  let hits = 0
  server.use(
    http.get(`${API}${path}`, () =>
      ++hits <= failures ? new HttpResponse('busy', { status: 503 }) : HttpResponse.json({ id: 5 }),
    ),
  )
}

const apiEvents = (seen: Seen[]) => seen.filter((event) => event.url.startsWith(API))

describe('a request followed from start to end', () => {
  it('one request id for every hook of a call, with the attempt number and durations', async () => {
    tokenEndpoint()
    flaky('/Tickets/5', 1)
    const { hooks, seen } = recordingHooks()
    await createHaloCore(testOptions({ hooks })).get('/Tickets/5')
    const events = apiEvents(seen)
    expect(events.map((event) => [event.hook, event.attempt])).toEqual([
      ['onRequest', 1],
      ['onResponse', 1],
      ['onRetry', 1],
      ['onRequest', 2],
      ['onResponse', 2],
    ])
    const ids = new Set(events.map((event) => event.requestId))
    expect(ids.size).toBe(1)
    expect([...ids][0]).toMatch(/^req_[0-9a-f]{16}$/)
    for (const event of events)
      if (event.hook === 'onResponse') expect(event.durationMs).toBeGreaterThanOrEqual(0)
    // The token request is a call of its own, with its own id.
    const token = seen.find((event) => !event.url.startsWith(API))
    expect(token?.requestId).toMatch(/^req_[0-9a-f]{16}$/)
    expect(ids.has(token?.requestId ?? '')).toBe(false)
  })

  it('each call has its own id', async () => {
    tokenEndpoint()
    server.use(http.get(`${API}/Status`, () => HttpResponse.json([])))
    const { hooks, seen } = recordingHooks()
    const core = createHaloCore(testOptions({ hooks }))
    await Promise.all([core.get('/Status'), core.get('/Status'), core.get('/Status')])
    expect(new Set(apiEvents(seen).map((event) => event.requestId)).size).toBe(3)
  })

  it('the error names the same request id, the attempts and the duration (in toJSON too)', async () => {
    tokenEndpoint()
    flaky('/Tickets/5', 10)
    const { hooks, seen } = recordingHooks()
    const core = createHaloCore(testOptions({ hooks, retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 } }))
    const error = await rejectionOf(core.get('/Tickets/5'))
    if (!isHaloServerError(error)) throw error
    const id = apiEvents(seen)[0]?.requestId
    expect(error.requestId).toBe(id)
    expect(error.attempts).toBe(3)
    expect(error.durationMs).toBeGreaterThanOrEqual(0)
    expect(error.toJSON()).toMatchObject({ requestId: id, attempts: 3, durationMs: error.durationMs })
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ requestId: id, attempts: 3 })
  })

  it('the route is the template: an operation its path, a raw call its path with ids as {id}, a token request its path', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${API}/Tickets/:id`, () => HttpResponse.json({ id: 5 })),
      http.get(`${API}/Tickets/:id/Actions`, () => HttpResponse.json([])),
    )
    const { hooks, seen } = recordingHooks()
    const core = createHaloCore(testOptions({ hooks }))
    const getTicket: OperationDescriptor = {
      name: 'getTicket',
      method: 'GET',
      path: '/Tickets/{id}',
      tag: 'Tickets',
      pathParams: { id: 'integer' },
    }
    await core.request(getTicket, { id: 5 })
    await core.get('/Tickets/77/Actions', { query: { count: 10 } })
    const requests = seen.filter((event) => event.hook === 'onRequest')
    expect(requests.map((event) => event.route)).toEqual([
      '/auth/token',
      '/Tickets/{id}',
      '/Tickets/{id}/Actions',
    ])
    expect(requests[1]?.operation).toBe('getTicket')
  })

  it("a wait in the client's rate limiter is reported with the attempt that waited", async () => {
    tokenEndpoint()
    server.use(http.get(`${API}/Status`, () => HttpResponse.json([])))
    const { hooks, seen } = recordingHooks()
    const core = createHaloCore(testOptions({ hooks, rateLimit: { requests: 1, windowMs: 100 } }))
    await core.get('/Status')
    await core.get('/Status')
    const requests = apiEvents(seen).filter((event) => event.hook === 'onRequest')
    expect(requests[0]?.rateLimitWaitMs).toBeUndefined()
    // The window frees its slot no sooner than 100 ms after the first request was answered.
    expect(requests[1]?.rateLimitWaitMs).toBeGreaterThanOrEqual(50)
  })
})
