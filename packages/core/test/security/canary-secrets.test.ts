// A canary client secret and canary tokens, pushed down every error path there is: none may surface
// in an error (message, String, JSON, stack, util.inspect with hidden fields, cause, body), a log
// line or a hook payload. Servers here are hostile: they echo the credentials back wherever they can.
import { inspect } from 'node:util'
import { delay, HttpResponse, http } from 'msw'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  createHaloCore,
  type HaloCore,
  type HaloCoreOptions,
  type HaloHooks,
  isHaloError,
  type OperationDescriptor,
} from '../../src/index.js'
import {
  API,
  CANARY_REFRESH,
  CANARY_SECRET,
  CANARY_TOKEN,
  recordingLogger,
  rejectionOf,
  server,
  TOKEN_URL,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from '../support/halo-server.js'

useHaloServer()

const CANARIES = [CANARY_SECRET, CANARY_TOKEN, CANARY_REFRESH, encodeURIComponent(CANARY_SECRET)]

/** Every way an error gets printed, serialised or walked, its cause chain included. */
function renderings(error: unknown): string[] {
  const texts: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    const err = current as Error & { body?: unknown; url?: unknown }
    texts.push(
      String(err),
      JSON.stringify(err) ?? '',
      typeof err === 'object' ? (err.stack ?? '') : '',
      inspect(err, { depth: 20, showHidden: true, getters: true }),
      JSON.stringify(err.body ?? null),
      String(err.url ?? ''),
    )
    current = (current as { cause?: unknown }).cause
  }
  return texts
}

function findCanary(text: string): string | undefined {
  return CANARIES.find((canary) => text.includes(canary))
}

interface Observed {
  readonly options: HaloCoreOptions
  readonly logs: () => string
  readonly hooks: () => string
}

/** Options with a recording logger (every level) and recording hooks. */
function observed(overrides: Partial<HaloCoreOptions> = {}): Observed {
  const logger = recordingLogger()
  const payloads: unknown[] = []
  const hooks: HaloHooks = {
    onRequest: (event) => payloads.push(event),
    onResponse: (event) => payloads.push(event),
    onRetry: (event) => payloads.push(event),
  }
  return {
    options: testOptions({
      logger,
      hooks,
      retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 2 },
      ...overrides,
    }),
    logs: () => inspect(logger.entries, { depth: 20 }),
    hooks: () => inspect(payloads, { depth: 20 }),
  }
}

/** Runs a failing call and checks the error, the logs and the hook payloads for canaries. */
async function expectNoLeak(
  run: (core: HaloCore) => Promise<unknown>,
  overrides: Partial<HaloCoreOptions> = {},
): Promise<unknown> {
  const seen = observed(overrides)
  const core = createHaloCore(seen.options)
  const error = await rejectionOf(run(core))
  for (const text of renderings(error)) expect(findCanary(text), text.slice(0, 400)).toBeUndefined()
  expect(findCanary(seen.logs())).toBeUndefined()
  expect(findCanary(seen.hooks())).toBeUndefined()
  expect(findCanary(inspect(core, { depth: 20, showHidden: true }))).toBeUndefined()
  return error
}

/** Echoes every credential it received into `body`. */
async function echo(request: Request): Promise<string> {
  const text = request.method === 'GET' ? '' : await request.clone().text()
  return `authorization=${request.headers.get('authorization')} body=${text} url=${request.url}`
}

const echoTo =
  (status: number, type: 'json' | 'text' | 'html') =>
  async ({ request }: { request: Request }) => {
    const said = await echo(request)
    if (type === 'json')
      return HttpResponse.json(
        { Message: said, error: 'invalid_client', error_description: said, access_token: said, token: said },
        { status },
      )
    if (type === 'html')
      return new HttpResponse(`<!DOCTYPE html><html><body><pre>${said}</pre></body></html>`, {
        status,
        headers: { 'content-type': 'text/html' },
      })
    return HttpResponse.text(said, { status })
  }

describe('canary secret: token endpoint failures', () => {
  it.each([
    ['400 invalid_client echoing the form', 400, 'json'],
    ['401 echoing the form as text', 401, 'text'],
    ['500 echoing everything', 500, 'json'],
    ['an HTML page echoing the form', 500, 'html'],
    ['a 200 whose body is not JSON', 200, 'text'],
  ] as const)('%s', async (_name, status, type) => {
    server.use(http.post(TOKEN_URL, echoTo(status, type)))
    const error = await expectNoLeak((core) => core.get('/Tickets'))
    expect(isHaloError(error)).toBe(true)
  })

  it('an unreachable token endpoint', async () => {
    server.use(http.post(TOKEN_URL, () => HttpResponse.error()))
    expect(isHaloError(await expectNoLeak((core) => core.getAccessToken()))).toBe(true)
  })

  it('a token endpoint that never answers', async () => {
    server.use(http.post(TOKEN_URL, () => delay('infinite')))
    expect(isHaloError(await expectNoLeak((core) => core.getAccessToken(), { timeoutMs: 20 }))).toBe(true)
  })

  it('a refresh-token grant refused (the refresh token is a canary too)', async () => {
    server.use(http.post(TOKEN_URL, echoTo(400, 'json')))
    // `auth` takes precedence over clientId/clientSecret.
    const error = await expectNoLeak((core) => core.get('/Tickets'), {
      auth: {
        type: 'refresh_token',
        clientId: 'app',
        clientSecret: CANARY_SECRET,
        refreshToken: CANARY_REFRESH,
      },
    })
    expect(isHaloError(error)).toBe(true)
  })
})

describe('canary tokens: API failures', () => {
  it('401 even after a refresh, the body echoing the token', async () => {
    tokenEndpoint()
    server.use(http.get(`${API}/Tickets`, echoTo(401, 'json')))
    expect(isHaloError(await expectNoLeak((core) => core.get('/Tickets')))).toBe(true)
  })

  it.each([
    ['403', 403, 'json'],
    ['404', 404, 'text'],
    ['400 with the Authorization header echoed', 400, 'json'],
    ['429 echoing the token', 429, 'text'],
    ['500', 500, 'json'],
    ['502 HTML page', 502, 'html'],
    ['503', 503, 'text'],
    ['an HTML page on 200', 200, 'html'],
  ] as const)('%s', async (_name, status, type) => {
    tokenEndpoint()
    server.use(http.all(`${API}/Tickets`, echoTo(status, type)))
    expect(isHaloError(await expectNoLeak((core) => core.get('/Tickets')))).toBe(true)
    expect(isHaloError(await expectNoLeak((core) => core.post('/Tickets', [{ summary: 'x' }])))).toBe(true)
  })

  it('400 with field errors keyed by the echoed token', async () => {
    tokenEndpoint()
    server.use(
      http.post(`${API}/Tickets`, ({ request }) => {
        const token = request.headers.get('authorization')?.slice(7) ?? ''
        return HttpResponse.json(
          { [`[0].${token}`]: [`bad token ${token}`], authorization: [token] },
          { status: 400 },
        )
      }),
    )
    expect(isHaloError(await expectNoLeak((core) => core.post('/Tickets', [{ summary: 'x' }])))).toBe(true)
  })

  it('JSON cut short, echoing the token', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${API}/Tickets`, async ({ request }) =>
        HttpResponse.text(`{"token":"${request.headers.get('authorization')}`, {
          headers: { 'content-type': 'application/json' },
        }),
      ),
    )
    expect(isHaloError(await expectNoLeak((core) => core.get('/Tickets')))).toBe(true)
  })

  it('a timeout', async () => {
    tokenEndpoint()
    server.use(http.get(`${API}/Tickets`, () => delay('infinite')))
    expect(isHaloError(await expectNoLeak((core) => core.get('/Tickets'), { timeoutMs: 20 }))).toBe(true)
  })

  it('a connection reset', async () => {
    tokenEndpoint()
    server.use(http.get(`${API}/Tickets`, () => HttpResponse.error()))
    expect(isHaloError(await expectNoLeak((core) => core.get('/Tickets')))).toBe(true)
  })

  it('an abort by the caller', async () => {
    tokenEndpoint()
    server.use(http.get(`${API}/Tickets`, () => delay('infinite')))
    const controller = new AbortController()
    const error = await expectNoLeak((core) => {
      const call = core.get('/Tickets', { signal: controller.signal })
      setTimeout(() => controller.abort(new Error('caller gave up')), 10)
      return call
    })
    expect((error as Error).message).toBe('caller gave up')
  })

  it('a schema validation error over a record that holds the token', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${API}/Tickets/5`, ({ request }) =>
        HttpResponse.json({ id: request.headers.get('authorization'), summary: CANARY_SECRET }),
      ),
    )
    const operation: OperationDescriptor = {
      name: 'getTicket',
      method: 'GET',
      path: '/Tickets/{id}',
      tag: 'Tickets',
      pathParams: { id: 'integer' },
      entity: 'Faults',
    }
    const schemas = { Faults: v.object({ id: v.number(), summary: v.number() }) }
    expect(
      isHaloError(
        await expectNoLeak((core) => core.request(operation, { id: 5 }), { validate: 'strict', schemas }),
      ),
    ).toBe(true)
    // 'warn' logs the issues instead: the log must be clean too.
    const seen = observed({ validate: 'warn', schemas })
    await createHaloCore(seen.options).request(operation, { id: 5 })
    expect(seen.logs()).toContain('summary')
    expect(findCanary(seen.logs())).toBeUndefined()
  })

  it('the circuit refusing a call, and a refused redirect carrying the token', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${API}/Tickets`, echoTo(503, 'json')),
      http.get(
        `${API}/Moved`,
        ({ request }) =>
          new HttpResponse(null, {
            status: 302,
            headers: {
              location: `http://evil.example.test/?t=${request.headers.get('authorization')?.slice(7)}`,
            },
          }),
      ),
    )
    const options = { retry: false as const, circuitBreaker: { failureThreshold: 1 } }
    const seen = observed(options)
    const core = createHaloCore(seen.options)
    await rejectionOf(core.get('/Tickets'))
    const refused = await rejectionOf(core.get('/Tickets'))
    const redirect = await rejectionOf(createHaloCore(seen.options).get('/Moved'))
    for (const error of [refused, redirect]) {
      expect(isHaloError(error)).toBe(true)
      for (const text of renderings(error)) expect(findCanary(text)).toBeUndefined()
    }
    expect(findCanary(seen.logs())).toBeUndefined()
    expect(findCanary(seen.hooks())).toBeUndefined()
  })
})

describe('canaries in successful calls', () => {
  it('debug logs and hook payloads of a 200 that echoes the token, with caller headers', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${API}/Tickets`, async ({ request }) => HttpResponse.json({ echoed: await echo(request) })),
    )
    const seen = observed()
    const core = createHaloCore(seen.options)
    await core.get('/Tickets', {
      headers: { 'x-api-key': 'not-a-canary', Authorization: `Bearer ${CANARY_TOKEN}` },
    })
    expect(seen.hooks()).toContain('not-a-canary')
    expect(findCanary(seen.logs())).toBeUndefined()
    expect(findCanary(seen.hooks())).toBeUndefined()
    expect(findCanary(inspect(core, { depth: 20, showHidden: true }))).toBeUndefined()
  })
})
