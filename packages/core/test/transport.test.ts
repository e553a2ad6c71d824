import { delay, HttpResponse, http, type JsonBodyType } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createHaloCore,
  type HaloValidationError,
  isHaloConnectionError,
  isHaloRateLimitError,
  isHaloResourceNotFound,
  isHaloServerError,
  isHaloTimeoutError,
  isHaloUnexpectedResponseError,
  isHaloValidationError,
  MemoryRateLimitStore,
  type OperationDescriptor,
  type RateLimitStore,
  type RetryHookEvent,
} from '../src/index.js'
import { fixture } from './support/fixture.js'
import { API, rejectionOf, server, testOptions, tokenEndpoint, useHaloServer } from './support/halo-server.js'

useHaloServer()
afterEach(() => vi.useRealTimers())

/** Counts hits on one route and answers from a list of responders, the last one repeating. */
function route(
  method: 'get' | 'post' | 'delete',
  path: string,
  ...responders: ((request: Request) => Response | Promise<Response>)[]
): { readonly hits: () => number; readonly requests: Request[] } {
  const requests: Request[] = []
  server.use(
    http[method](`${API}${path}`, ({ request }) => {
      requests.push(request.clone())
      const responder = responders[Math.min(requests.length, responders.length) - 1]
      if (responder === undefined) throw new Error('no responder')
      return responder(request)
    }),
  )
  return { hits: () => requests.length, requests }
}

const ok =
  (body: JsonBodyType = { ok: true }) =>
  () =>
    HttpResponse.json(body)
const status =
  (code: number, body: JsonBodyType = { Message: `status ${code}` }) =>
  () =>
    HttpResponse.json(body, { status: code })

const getTicket: OperationDescriptor = {
  name: 'getTicket',
  method: 'GET',
  path: '/Tickets/{id}',
  tag: 'Faults',
  pathParams: { id: 'integer' },
}

describe('URLs', () => {
  it('validates integer path parameters', async () => {
    tokenEndpoint()
    const core = createHaloCore(testOptions())
    for (const id of [Number.NaN, -1, 5.5, '5/../x', '../5', '', 2 ** 60]) {
      const error = await rejectionOf(core.request(getTicket, { id }))
      expect(error).toBeInstanceOf(TypeError)
      expect((error as Error).message).toContain('getTicket')
    }
    await expect(core.request(getTicket, {})).rejects.toThrow(/missing path parameter id/)
  })

  it('encodes string path parameters and refuses dot segments', async () => {
    tokenEndpoint()
    const hits = route('get', '/Lookup/:name', ({ url }) =>
      HttpResponse.json({ path: new URL(url).pathname }),
    )
    const core = createHaloCore(testOptions())
    const operation: OperationDescriptor = {
      name: 'getLookup',
      method: 'GET',
      path: '/Lookup/{name}',
      tag: 'Lookup',
    }
    expect(await core.request(operation, { name: 'a b/c?d' })).toEqual({ path: '/api/Lookup/a%20b%2Fc%3Fd' })
    for (const name of ['..', '.', '../Users', 'x/../../y']) {
      await expect(core.request(operation, { name })).rejects.toThrow(TypeError)
    }
    expect(hits.hits()).toBe(1)
  })

  it('refuses raw paths that could send the token elsewhere', async () => {
    const core = createHaloCore(testOptions())
    for (const path of [
      'https://evil.example/x',
      '//evil.example/x',
      '/Tickets/../Users',
      '/Tickets/%2e%2e/Users',
    ]) {
      await expect(core.get(path)).rejects.toThrow(TypeError)
    }
  })

  it('sends query parameters by wire name: booleans, arrays comma-joined, dates ISO, undefined dropped', async () => {
    tokenEndpoint()
    const hits = route('get', '/Tickets/5', ok({ id: 5 }))
    const core = createHaloCore(testOptions())
    await core.request(getTicket, {
      id: '5',
      includedetails: true,
      open_only: false,
      status_id: [1, 2, 3],
      datesearch: new Date('2024-06-20T14:45:15.000Z'),
      client_id: undefined,
    })
    const url = new URL(hits.requests[0]?.url ?? '')
    expect(url.pathname).toBe('/api/Tickets/5')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      includedetails: 'true',
      open_only: 'false',
      status_id: '1,2,3',
      datesearch: '2024-06-20T14:45:15.000Z',
    })
  })

  it('joins a raw path with its query option', async () => {
    tokenEndpoint()
    const hits = route('get', '/Status', ok([]))
    await createHaloCore(testOptions()).get('Status', { query: { domain: 'reqs', showall: true } })
    expect(new URL(hits.requests[0]?.url ?? '').search).toBe('?domain=reqs&showall=true')
  })
})

describe('bodies', () => {
  it('json-array wraps a single record in an array, and a POST answer comes back as Halo sent it', async () => {
    tokenEndpoint()
    const created = fixture<{ id: number }>('ticket-created')
    const hits = route('post', '/Tickets', () => HttpResponse.json(created, { status: 201 }))
    const upsert: OperationDescriptor = {
      name: 'upsertTickets',
      method: 'POST',
      path: '/Tickets',
      tag: 'Faults',
      body: 'json-array',
    }
    const core = createHaloCore(testOptions())
    const result = await core.request<{ id: number }>(upsert, {
      body: { summary: 'Server outage', tickettype_id: 24 },
    })
    expect(result.id).toBe(9499)
    expect(await hits.requests[0]?.json()).toEqual([{ summary: 'Server outage', tickettype_id: 24 }])
    expect(hits.requests[0]?.headers.get('content-type')).toBe('application/json')
    await core.request(upsert, { body: [{ summary: 'a' }, { summary: 'b' }] })
    expect(await hits.requests[1]?.json()).toEqual([{ summary: 'a' }, { summary: 'b' }])
  })

  it('multipart sends FormData', async () => {
    tokenEndpoint()
    const hits = route('post', '/Attachment/image', ok({ id: 1 }))
    const upload: OperationDescriptor = {
      name: 'uploadImage',
      method: 'POST',
      path: '/Attachment/image',
      tag: 'Attachment',
      body: 'multipart',
    }
    const form = new FormData()
    form.append('file', new Blob(['hello']), 'hello.txt')
    await createHaloCore(testOptions()).request(upload, { body: form, ticket_id: 7 })
    const received = await hits.requests[0]?.formData()
    const file = received?.get('file')
    expect(file).toBeInstanceOf(Blob)
    expect(await (file as Blob).text()).toBe('hello')
    expect(hits.requests[0]?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/)
  })
})

describe('responses', () => {
  it('reads a users envelope as Halo sends it', async () => {
    tokenEndpoint()
    const envelope = fixture<JsonBodyType>('users-list')
    route('get', '/Users', ok(envelope))
    expect(await createHaloCore(testOptions()).get('/Users')).toEqual(envelope)
  })

  it('answers undefined for an empty 200 and a 204', async () => {
    tokenEndpoint()
    route(
      'get',
      '/Empty',
      () => new HttpResponse('', { status: 200, headers: { 'content-type': 'application/json' } }),
    )
    route('delete', '/Tickets/5', () => new HttpResponse(null, { status: 204 }))
    const core = createHaloCore(testOptions())
    expect(await core.get('/Empty')).toBeUndefined()
    expect(await core.delete('/Tickets/5')).toBeUndefined()
  })

  it('an HTML page on 200 is a typed error telling to check baseUrl', async () => {
    tokenEndpoint()
    route('get', '/Tickets', () => HttpResponse.html('<!DOCTYPE html><html><title>Sign in</title></html>'))
    const error = await rejectionOf(createHaloCore(testOptions()).get('/Tickets'))
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toContain('Halo returned an HTML page (status 200) — check baseUrl')
  })

  it('an HTML error page is recognised too', async () => {
    tokenEndpoint()
    route('get', '/Tickets', () =>
      HttpResponse.html('<html><body>Bad gateway</body></html>', { status: 404 }),
    )
    const error = await rejectionOf(createHaloCore(testOptions()).get('/Tickets'))
    // The class follows the status; the page only adds the hint that baseUrl may be wrong.
    expect(isHaloResourceNotFound(error)).toBe(true)
    expect((error as Error).message).toContain('failed with 404 with an HTML page')
    expect((error as Error).message).toContain('check baseUrl')
    expect((error as { status?: number }).status).toBe(404)
  })

  it('a body that claims JSON and does not parse is a typed error, not a crash', async () => {
    tokenEndpoint()
    route(
      'get',
      '/Tickets',
      () => new HttpResponse('{"id": 1,', { headers: { 'content-type': 'application/json' } }),
    )
    const error = await rejectionOf(createHaloCore(testOptions()).get('/Tickets'))
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toContain('not valid JSON')
  })

  it('plain text answers stay text', async () => {
    tokenEndpoint()
    route('get', '/Asset/NextTag', () => HttpResponse.text('TAG-0042'))
    expect(await createHaloCore(testOptions()).get('/Asset/NextTag')).toBe('TAG-0042')
  })

  it('__proto__ and constructor.prototype keys in JSON never reach a prototype', async () => {
    tokenEndpoint()
    route(
      'get',
      '/Evil',
      () =>
        new HttpResponse(
          '{"id":1,"__proto__":{"polluted":true},"nested":{"constructor":{"prototype":{"polluted":true}}}}',
          {
            headers: { 'content-type': 'application/json' },
          },
        ),
    )
    const data = await createHaloCore(testOptions()).get<Record<string, unknown>>('/Evil')
    expect(data.id).toBe(1)
    expect(Object.hasOwn(data, '__proto__')).toBe(false)
    expect(Object.hasOwn(data.nested as object, 'constructor')).toBe(false)
    const merged = Object.assign({}, data, data.nested)
    expect((merged as { polluted?: unknown }).polluted).toBeUndefined()
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
  })

  it('prototype keys written with \\u escapes are dropped too', async () => {
    tokenEndpoint()
    route(
      'get',
      '/Escaped',
      () =>
        new HttpResponse(
          '{"id":2,"\\u005f_proto__":{"polluted":true},"n":{"\\u0063onstructor":{"prototype":{"polluted":true}}},"html":"\\u003cb\\u003e"}',
          { headers: { 'content-type': 'application/json' } },
        ),
    )
    const data = await createHaloCore(testOptions()).get<Record<string, unknown>>('/Escaped')
    expect(data).toEqual({ id: 2, n: {}, html: '<b>' })
    expect(Object.hasOwn(data, '__proto__')).toBe(false)
    expect(Object.hasOwn(data.n as object, 'constructor')).toBe(false)
  })

  it('reads text, bytes and streams for raw calls', async () => {
    tokenEndpoint()
    route(
      'get',
      '/Attachment/1',
      () => new HttpResponse(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'application/pdf' } }),
    )
    const core = createHaloCore(testOptions())
    expect(await core.get('/Attachment/1', { responseType: 'bytes' })).toEqual(new Uint8Array([1, 2, 3]))
    expect(await core.get('/Attachment/1', { responseType: 'text' })).toBe('\u0001\u0002\u0003')
    const stream = await core.get<ReadableStream<Uint8Array>>('/Attachment/1', { responseType: 'stream' })
    expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
  })

  it('a streamed body belongs to the caller once the headers are in: the attempt timeout no longer cuts it', async () => {
    // A fetch that, like undici, errors a body still being read when the request's signal aborts.
    const finishers: (() => void)[] = []
    const signalAwareFetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array([1, 2]))
          init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason))
          finishers.push(() => {
            controller.enqueue(new Uint8Array([3]))
            controller.close()
          })
        },
      })
      return new Response(body, { headers: { 'content-type': 'application/octet-stream' } })
    }) as typeof fetch
    const core = createHaloCore(
      testOptions({
        timeoutMs: 30,
        fetch: signalAwareFetch,
        auth: {
          type: 'provider',
          getToken: async () => ({ accessToken: 't', expiresAt: Date.now() + 60_000 }),
        },
      }),
    )
    const stream = await core.get<ReadableStream<Uint8Array>>('/Attachment/2', { responseType: 'stream' })
    // Three times the timeout later, every deadline of that attempt's time has fired.
    await delay(90)
    for (const finish of finishers) finish()
    expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
  })
})

describe('error mapping', () => {
  it.each([
    [403, 'HaloPermissionError', { Message: 'Access denied' }, 'scopes'],
    [
      404,
      'HaloResourceNotFound',
      { ClassName: 'HaloException', Message: 'Ticket not found' },
      'Ticket not found (HaloException)',
    ],
    [
      400,
      'HaloValidationError',
      { resultCode: 1, errorMessage: 'CODE:APP03/2 Please select the CAB members' },
      'CAB members',
    ],
    [500, 'HaloServerError', 'Object reference not set', 'Object reference not set'],
  ])('%i → %s with Halo’s message', async (code, name, body, text) => {
    tokenEndpoint()
    route('post', '/Tickets', () =>
      typeof body === 'string'
        ? HttpResponse.text(body, { status: code })
        : HttpResponse.json(body, { status: code }),
    )
    const error = await rejectionOf(createHaloCore(testOptions()).post('/Tickets', [{}]))
    expect((error as Error).name).toBe(name)
    expect((error as Error).message).toContain(text)
    expect((error as Error).message).toContain('POST /api/Tickets')
    expect((error as { status?: number }).status).toBe(code)
    expect((error as { method?: string }).method).toBe('POST')
  })

  it('keeps Halo’s field messages on a 400', async () => {
    tokenEndpoint()
    route(
      'post',
      '/Actions',
      status(400, { '[0].ticket_id': ['The ticket_id field is required.'], outcome: 'Required' }),
    )
    const error = await rejectionOf(createHaloCore(testOptions()).post('/Actions', [{}]))
    expect(isHaloValidationError(error)).toBe(true)
    expect((error as HaloValidationError).errors).toEqual({
      '[0].ticket_id': ['The ticket_id field is required.'],
      outcome: ['Required'],
    })
    expect((error as HaloValidationError).source).toBe('halo')
  })

  it('an empty error body still maps by status', async () => {
    tokenEndpoint()
    route('get', '/Tickets/9', () => new HttpResponse(null, { status: 404 }))
    const error = await rejectionOf(createHaloCore(testOptions()).get('/Tickets/9'))
    expect(isHaloResourceNotFound(error)).toBe(true)
    expect((error as Error).message).toContain('Check the id')
  })
})

describe('retries', () => {
  it('retries 500 on GET', async () => {
    tokenEndpoint()
    const hits = route('get', '/Tickets', status(500), ok([1]))
    expect(await createHaloCore(testOptions()).get('/Tickets')).toEqual([1])
    expect(hits.hits()).toBe(2)
  })

  it('does not retry 500 on POST', async () => {
    tokenEndpoint()
    const hits = route('post', '/Tickets', status(500), ok())
    const error = await rejectionOf(createHaloCore(testOptions()).post('/Tickets', [{}]))
    expect(isHaloServerError(error)).toBe(true)
    expect(hits.hits()).toBe(1)
  })

  it('does not replay a POST answered 503 (a proxy may answer it after Halo processed the POST)', async () => {
    tokenEndpoint()
    const hits = route('post', '/Tickets', status(503), () => HttpResponse.json({ id: 1 }, { status: 201 }))
    const error = await rejectionOf(createHaloCore(testOptions()).post('/Tickets', [{}]))
    expect(isHaloServerError(error)).toBe(true)
    expect((error as Error).message).toContain('retryUnsafeWrites')
    expect(hits.hits()).toBe(1)
  })

  it('replays a POST answered 503 when retryUnsafeWrites opts in', async () => {
    tokenEndpoint()
    const hits = route('post', '/Tickets', status(503), () => HttpResponse.json({ id: 1 }, { status: 201 }))
    const core = createHaloCore(
      testOptions({ retry: { retries: 3, baseDelayMs: 1, retryUnsafeWrites: true } }),
    )
    expect(await core.post('/Tickets', [{}])).toEqual({ id: 1 })
    expect(hits.hits()).toBe(2)
  })

  it('gives up after the configured retries with the mapped error', async () => {
    tokenEndpoint()
    const hits = route('get', '/Tickets', status(502))
    const error = await rejectionOf(
      createHaloCore(testOptions({ retry: { retries: 2, baseDelayMs: 1 } })).get('/Tickets'),
    )
    expect(isHaloServerError(error)).toBe(true)
    expect(hits.hits()).toBe(3)
  })

  it('does not retry 4xx (other than 408 and 429)', async () => {
    tokenEndpoint()
    const hits = route('get', '/Tickets', status(404))
    await expect(createHaloCore(testOptions()).get('/Tickets')).rejects.toThrow(/404/)
    expect(hits.hits()).toBe(1)
  })

  it('retry: false makes exactly one attempt', async () => {
    tokenEndpoint()
    const hits = route('get', '/Tickets', status(503))
    await expect(createHaloCore(testOptions()).get('/Tickets', { retry: false })).rejects.toThrow(/503/)
    expect(hits.hits()).toBe(1)
  })

  it('retries network errors on GET but never replays a POST that may have been sent', async () => {
    tokenEndpoint()
    const gets = route('get', '/Tickets', () => HttpResponse.error(), ok([]))
    const posts = route('post', '/Tickets', () => HttpResponse.error())
    const core = createHaloCore(testOptions())
    expect(await core.get('/Tickets')).toEqual([])
    expect(gets.hits()).toBe(2)
    const error = await rejectionOf(core.post('/Tickets', [{}]))
    expect(isHaloConnectionError(error)).toBe(true)
    expect(posts.hits()).toBe(1)
  })

  it('times out each attempt and retries a GET', async () => {
    tokenEndpoint()
    const hits = route(
      'get',
      '/Slow',
      async () => {
        await delay('infinite')
        return ok()()
      },
      ok({ fast: true }),
    )
    expect(await createHaloCore(testOptions({ timeoutMs: 30 })).get('/Slow')).toEqual({ fast: true })
    expect(hits.hits()).toBe(2)
  })

  it('the timeout covers a body that never finishes', async () => {
    tokenEndpoint()
    const hits = route('get', '/Trickle', () => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id":'))
        },
      })
      return new HttpResponse(stream, { headers: { 'content-type': 'application/json' } })
    })
    const error = await rejectionOf(
      createHaloCore(testOptions({ timeoutMs: 30, retry: { retries: 1, baseDelayMs: 1 } })).get('/Trickle'),
    )
    expect(isHaloTimeoutError(error)).toBe(true)
    expect(hits.hits()).toBe(2)
  })

  it('a POST that times out is NOT replayed', async () => {
    tokenEndpoint()
    const hits = route('post', '/Tickets', async () => {
      await delay('infinite')
      return ok()()
    })
    const error = await rejectionOf(
      createHaloCore(testOptions({ timeoutMs: 30 })).post('/Tickets', [{ summary: 'x' }]),
    )
    expect(isHaloTimeoutError(error)).toBe(true)
    expect((error as Error).message).toContain('was not repeated')
    expect(hits.hits()).toBe(1)
  })

  it('retryUnsafeWrites opts in to replaying a timed-out POST', async () => {
    tokenEndpoint()
    const hits = route(
      'post',
      '/Tickets',
      async () => {
        await delay('infinite')
        return ok()()
      },
      ok({ id: 2 }),
    )
    const core = createHaloCore(testOptions({ timeoutMs: 30 }))
    expect(await core.post('/Tickets', [{}], { retry: { retryUnsafeWrites: true } })).toEqual({ id: 2 })
    expect(hits.hits()).toBe(2)
  })

  it('calls onRetry with the reason and delay, and a throwing hook breaks nothing', async () => {
    tokenEndpoint()
    route('get', '/Tickets', status(503), ok([]))
    const events: RetryHookEvent[] = []
    const core = createHaloCore(
      testOptions({
        hooks: {
          onRetry: (event) => {
            events.push(event)
            throw new Error('hook bug')
          },
          onRequest: () => {
            throw new Error('hook bug')
          },
        },
      }),
    )
    expect(await core.get('/Tickets')).toEqual([])
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ method: 'GET', reason: 'status 503', status: 503, attempt: 1 })
    expect(events[0]?.delayMs).toBeGreaterThanOrEqual(0)
  })
})

describe('429 and the rate limiter', () => {
  it('waits Retry-After, and every other caller waits with it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    tokenEndpoint()
    const hits = route(
      'get',
      '/Tickets',
      () => HttpResponse.json({}, { status: 429, headers: { 'retry-after': '2' } }),
      ok([]),
    )
    const other = route('get', '/Status', ok([]))
    const delays: number[] = []
    const core = createHaloCore(
      testOptions({
        retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 60_000 },
        hooks: { onRetry: (e) => delays.push(e.delayMs) },
      }),
    )
    const first = core.get('/Tickets')
    await vi.advanceTimersByTimeAsync(100)
    expect(hits.hits()).toBe(1)
    const second = core.get('/Status')
    await vi.advanceTimersByTimeAsync(1_800)
    expect(hits.hits()).toBe(1)
    expect(other.hits()).toBe(0)
    await vi.advanceTimersByTimeAsync(200)
    expect(await first).toEqual([])
    expect(await second).toEqual([])
    expect(hits.hits()).toBe(2)
    expect(other.hits()).toBe(1)
    expect(delays).toEqual([2_000])
  })

  it('caps Retry-After by maxDelayMs and reads HTTP dates', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'))
    tokenEndpoint()
    route(
      'get',
      '/Tickets',
      () =>
        HttpResponse.json({}, { status: 429, headers: { 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' } }),
      () => HttpResponse.json({}, { status: 429, headers: { 'retry-after': '3600' } }),
      ok([]),
    )
    const delays: number[] = []
    const core = createHaloCore(
      testOptions({
        retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 10_000 },
        hooks: { onRetry: (e) => delays.push(e.delayMs) },
      }),
    )
    const result = core.get('/Tickets')
    await vi.advanceTimersByTimeAsync(4_000_000)
    expect(await result).toEqual([])
    expect(delays).toEqual([5_000, 10_000])
  })

  it('without Retry-After backs off at least ten times the base delay', async () => {
    tokenEndpoint()
    route('get', '/Tickets', status(429), ok([]))
    const delays: number[] = []
    const core = createHaloCore(
      testOptions({
        retry: { retries: 3, baseDelayMs: 2, maxDelayMs: 1_000 },
        hooks: { onRetry: (e) => delays.push(e.delayMs) },
      }),
    )
    await core.get('/Tickets')
    expect(delays[0]).toBeGreaterThanOrEqual(10)
    expect(delays[0]).toBeLessThanOrEqual(20)
  })

  it('learns Halo’s window from the 429 text', async () => {
    tokenEndpoint()
    route(
      'get',
      '/Tickets',
      () =>
        HttpResponse.text('Rate Limit Reached - 300 Requests per rolling 5 minute window', { status: 429 }),
      ok([]),
    )
    const memory = new MemoryRateLimitStore()
    const asked: [number, number][] = []
    const store: RateLimitStore = {
      acquire: (key, limit, windowMs) => {
        asked.push([limit, windowMs])
        return memory.acquire(key, limit, windowMs)
      },
      block: (key, until) => memory.block(key, until),
    }
    const core = createHaloCore(
      testOptions({ rateLimit: { requests: 500, windowMs: 300_000 }, rateLimitStore: store }),
    )
    await core.get('/Tickets')
    await core.get('/Tickets')
    expect(asked[0]).toEqual([500, 300_000])
    expect(asked.at(-1)).toEqual([300, 300_000])
  })

  it('answers HaloRateLimitError with retryAfter when the retries are spent', async () => {
    tokenEndpoint()
    route('get', '/Tickets', () => HttpResponse.json({}, { status: 429, headers: { 'retry-after': '0' } }))
    const error = await rejectionOf(createHaloCore(testOptions({ retry: { retries: 1 } })).get('/Tickets'))
    expect(isHaloRateLimitError(error)).toBe(true)
    expect((error as { retryAfter?: number }).retryAfter).toBe(0)
  })
})

describe('aborts', () => {
  it('an abort during a backoff sleep rejects at once, without another attempt', async () => {
    tokenEndpoint()
    const hits = route('get', '/Tickets', () =>
      HttpResponse.json({}, { status: 503, headers: { 'retry-after': '30' } }),
    )
    const controller = new AbortController()
    const core = createHaloCore(
      testOptions({
        retry: { retries: 3, maxDelayMs: 60_000 },
        hooks: { onRetry: () => setTimeout(() => controller.abort(), 5) },
      }),
    )
    const error = await rejectionOf(core.get('/Tickets', { signal: controller.signal }))
    expect((error as Error).name).toBe('AbortError')
    expect(hits.hits()).toBe(1)
  })

  it('an abort while waiting for the rate limiter rejects without sending', async () => {
    tokenEndpoint()
    const hits = route('get', '/Tickets', ok([]))
    const core = createHaloCore(testOptions({ rateLimit: { requests: 1, windowMs: 60_000 } }))
    await core.get('/Tickets')
    const controller = new AbortController()
    const waiting = core.get('/Tickets', { signal: controller.signal })
    setTimeout(() => controller.abort(), 5)
    const error = await rejectionOf(waiting)
    expect((error as Error).name).toBe('AbortError')
    expect(hits.hits()).toBe(1)
  })

  it('an abort in flight rejects with the caller’s reason, not a timeout', async () => {
    tokenEndpoint()
    route('get', '/Tickets', async () => {
      await delay('infinite')
      return ok()()
    })
    const controller = new AbortController()
    const pending = createHaloCore(testOptions()).get('/Tickets', { signal: controller.signal })
    setTimeout(() => controller.abort(new Error('user cancelled')), 5)
    await expect(pending).rejects.toThrow('user cancelled')
  })
})

describe('shared budgets', () => {
  it('clients of one tenant sharing a store share one window', async () => {
    tokenEndpoint()
    const hits = route('get', '/Tickets', ok([]))
    const store = new MemoryRateLimitStore()
    const options = testOptions({
      tenant: 'acme',
      rateLimit: { requests: 1, windowMs: 60_000 },
      rateLimitStore: store,
    })
    await createHaloCore(options).get('/Tickets')
    const controller = new AbortController()
    const waiting = createHaloCore(options).get('/Tickets', { signal: controller.signal })
    setTimeout(() => controller.abort(), 5)
    expect(((await rejectionOf(waiting)) as Error).name).toBe('AbortError')
    expect(hits.hits()).toBe(1)
    // Another tenant has its own window.
    await createHaloCore({ ...options, tenant: 'other' }).get('/Tickets')
    expect(hits.hits()).toBe(2)
  })
})

describe('slots counted from the answer', () => {
  /** A memory store that counts the slots it is asked to settle. */
  function settlingStore() {
    const memory = new MemoryRateLimitStore()
    const counts = { acquired: 0, settled: 0 }
    const store: RateLimitStore = {
      acquire: async (key, limit, windowMs) => {
        const decision = await memory.acquire(key, limit, windowMs)
        if (decision.granted) counts.acquired++
        return decision
      },
      block: (key, until) => memory.block(key, until),
      settle: (key) => {
        counts.settled++
        memory.settle(key)
      },
    }
    return { store, counts }
  }

  it('settles one slot per attempt with the store, answered or failed', async () => {
    tokenEndpoint()
    route('get', '/Tickets', status(503), ok([]))
    route('get', '/Missing', status(404))
    server.use(http.get(`${API}/Down`, () => HttpResponse.error()))
    const { store, counts } = settlingStore()
    const core = createHaloCore(
      testOptions({
        rateLimit: { requests: 100, windowMs: 60_000 },
        rateLimitStore: store,
        retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 5 },
      }),
    )
    expect(await core.get('/Tickets')).toEqual([])
    expect(counts).toEqual({ acquired: 2, settled: 2 })
    expect(isHaloResourceNotFound(await rejectionOf(core.get('/Missing')))).toBe(true)
    expect(isHaloConnectionError(await rejectionOf(core.get('/Down')))).toBe(true)
    expect(counts).toEqual({ acquired: 5, settled: 5 })
  })

  it('settles nothing when rate limiting is off', async () => {
    tokenEndpoint()
    route('get', '/Tickets', ok([]))
    const { store, counts } = settlingStore()
    await createHaloCore(testOptions({ rateLimit: false, rateLimitStore: store })).get('/Tickets')
    expect(counts).toEqual({ acquired: 0, settled: 0 })
  })

  it("a store's failure to settle is logged and does not fail the call", async () => {
    tokenEndpoint()
    route('get', '/Tickets', ok([]))
    const memory = new MemoryRateLimitStore()
    const warnings: string[] = []
    const core = createHaloCore(
      testOptions({
        rateLimit: { requests: 100, windowMs: 60_000 },
        rateLimitStore: {
          acquire: (key, limit, windowMs) => memory.acquire(key, limit, windowMs),
          block: (key, until) => memory.block(key, until),
          settle: () => Promise.reject(new Error('store down')),
        },
        logger: { warn: (message) => warnings.push(message) },
      }),
    )
    expect(await core.get('/Tickets')).toEqual([])
    await vi.waitFor(() => expect(warnings.join('\n')).toContain('could not settle'))
  })
})

describe('validation', () => {
  it('schemas given as a loader are loaded once, on the first response validated, never with validation off', async () => {
    const v = await import('valibot')
    tokenEndpoint()
    route('get', '/Tickets/5', ok({ id: 5, summary: 42 }))
    const operation: OperationDescriptor = { ...getTicket, entity: 'Faults' }
    let loads = 0
    const schemas = async () => {
      loads++
      return { Faults: v.looseObject({ id: v.number(), summary: v.string() }) }
    }
    const off = createHaloCore(testOptions({ schemas }))
    expect(await off.request(operation, { id: 5 })).toEqual({ id: 5, summary: 42 })
    expect(loads).toBe(0)
    const strict = createHaloCore(testOptions({ validate: 'strict', schemas }))
    expect(loads).toBe(0)
    const errors = await Promise.all([
      rejectionOf(strict.request(operation, { id: 5 })),
      rejectionOf(strict.request(operation, { id: 5 })),
    ])
    expect(errors.every((error) => isHaloValidationError(error))).toBe(true)
    expect(Object.keys((errors[0] as HaloValidationError).errors ?? {})).toEqual(['summary'])
    await rejectionOf(strict.request(operation, { id: 5 }))
    expect(loads).toBe(1)
  })

  it('a loader that fails: strict rejects and tries again next time, warn logs and answers', async () => {
    const v = await import('valibot')
    tokenEndpoint()
    route('get', '/Tickets/5', ok({ id: 5, summary: 'ok' }))
    const operation: OperationDescriptor = { ...getTicket, entity: 'Faults' }
    let loads = 0
    const schemas = async () => {
      loads++
      if (loads === 1) throw new Error('chunk failed to load')
      return { Faults: v.looseObject({ id: v.number(), summary: v.string() }) }
    }
    const strict = createHaloCore(testOptions({ validate: 'strict', schemas }))
    const error = await rejectionOf(strict.request(operation, { id: 5 }))
    expect(isHaloValidationError(error)).toBe(true)
    expect((error as HaloValidationError).message).toContain('chunk failed to load')
    expect((error as HaloValidationError).source).toBe('schema')
    expect(await strict.request(operation, { id: 5 })).toEqual({ id: 5, summary: 'ok' })
    expect(loads).toBe(2)

    const warnings: string[] = []
    const warn = createHaloCore(
      testOptions({
        validate: 'warn',
        schemas: () => Promise.reject(new Error('offline')),
        logger: { warn: (message) => warnings.push(message) },
      }),
    )
    expect(await warn.request(operation, { id: 5 })).toEqual({ id: 5, summary: 'ok' })
    expect(warnings.join('\n')).toContain('could not be loaded')
    expect(() => createHaloCore(testOptions({ schemas: 5 as never }))).toThrow(TypeError)
  })

  it('warn logs a mismatch; strict throws HaloValidationError from the schema', async () => {
    const v = await import('valibot')
    tokenEndpoint()
    route('get', '/Tickets/5', ok({ id: 5, summary: 42 }))
    const schemas = { Faults: v.looseObject({ id: v.number(), summary: v.string() }) }
    const operation: OperationDescriptor = { ...getTicket, entity: 'Faults' }
    const warnings: string[] = []
    const warn = createHaloCore(
      testOptions({ validate: 'warn', schemas, logger: { warn: (message) => warnings.push(message) } }),
    )
    expect(await warn.request(operation, { id: 5 })).toEqual({ id: 5, summary: 42 })
    expect(warnings.join('\n')).toContain('summary')
    const strict = createHaloCore(testOptions({ validate: 'strict', schemas }))
    const error = await rejectionOf(strict.request(operation, { id: 5 }))
    expect(isHaloValidationError(error)).toBe(true)
    expect((error as HaloValidationError).source).toBe('schema')
    expect(Object.keys((error as HaloValidationError).errors ?? {})).toEqual(['summary'])
    const off = createHaloCore(testOptions({ schemas }))
    expect(await off.request(operation, { id: 5 })).toEqual({ id: 5, summary: 42 })
  })
})
