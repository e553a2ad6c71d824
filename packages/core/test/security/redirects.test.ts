import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore, isHaloAuthenticationError, isHaloUnexpectedResponseError } from '../../src/index.js'
import {
  API,
  CANARY_TOKEN,
  rejectionOf,
  server,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from '../support/halo-server.js'

useHaloServer()

const OTHER = 'https://files.example.test'

interface Seen {
  readonly url: string
  readonly method: string
  readonly authorization: string | null
  readonly extra: string | null
  readonly body: string
}

/** An origin that records what reached it. */
function recordingOrigin(origin: string, answer: () => Response = () => HttpResponse.json({ ok: true })) {
  const seen: Seen[] = []
  server.use(
    http.all(`${origin}/*`, async ({ request }) => {
      seen.push({
        url: request.url,
        method: request.method,
        authorization: request.headers.get('authorization'),
        extra: request.headers.get('x-tenant-key'),
        body: await request.text(),
      })
      return answer()
    }),
  )
  return seen
}

function redirect(from: string, status: number, to: string, method: 'get' | 'post' | 'put' = 'get') {
  const hits: string[] = []
  server.use(
    http[method](from, ({ request }) => {
      hits.push(request.headers.get('authorization') ?? '')
      return new HttpResponse(null, { status, headers: { location: to } })
    }),
  )
  return hits
}

const options = testOptions({ retry: false, headers: { 'x-tenant-key': 'meant-for-halo' } })

describe('redirects', () => {
  it('to another host: followed without Authorization or the caller’s headers', async () => {
    tokenEndpoint()
    const first = redirect(`${API}/Attachment/5`, 302, `${OTHER}/blob/5?sig=abc`)
    const seen = recordingOrigin(OTHER)
    const core = createHaloCore(options)
    await expect(core.get('/Attachment/5')).resolves.toEqual({ ok: true })
    expect(first[0]).toBe(`Bearer ${CANARY_TOKEN}-1`)
    expect(seen).toHaveLength(1)
    expect(seen[0]?.url).toBe(`${OTHER}/blob/5?sig=abc`)
    expect(seen[0]?.authorization).toBeNull()
    expect(seen[0]?.extra).toBeNull()
  })

  it('within the instance: followed with Authorization', async () => {
    tokenEndpoint()
    redirect(`${API}/Old/5`, 301, '/api/New/5')
    let authorization: string | null = null
    server.use(
      http.get(`${API}/New/5`, ({ request }) => {
        authorization = request.headers.get('authorization')
        return HttpResponse.json({ id: 5 })
      }),
    )
    await expect(createHaloCore(options).get('/Old/5')).resolves.toEqual({ id: 5 })
    expect(authorization).toBe(`Bearer ${CANARY_TOKEN}-1`)
  })

  it('credentials never come back once the chain left the instance (A → B → A)', async () => {
    tokenEndpoint()
    redirect(`${API}/Hop`, 302, `${OTHER}/bounce`)
    redirect(`${OTHER}/bounce`, 302, `${API}/Landing`)
    let authorization: string | null = 'unset'
    server.use(
      http.get(`${API}/Landing`, ({ request }) => {
        authorization = request.headers.get('authorization')
        return HttpResponse.json({ landed: true })
      }),
    )
    await expect(createHaloCore(options).get('/Hop')).resolves.toEqual({ landed: true })
    expect(authorization).toBeNull()
  })

  it('a 401 from the other host is not answered with a token refresh', async () => {
    const tokens = tokenEndpoint()
    redirect(`${API}/Attachment/6`, 302, `${OTHER}/private/6`)
    const seen = recordingOrigin(OTHER, () => new HttpResponse(null, { status: 401 }))
    const error = await rejectionOf(createHaloCore(options).get('/Attachment/6'))
    expect(isHaloAuthenticationError(error)).toBe(true)
    expect(tokens.hits()).toBe(1)
    expect(seen).toHaveLength(1)
  })

  it('refuses to downgrade to plain http:// off loopback (allowed with allowInsecureHttp)', async () => {
    tokenEndpoint()
    redirect(`${API}/Plain`, 302, 'http://files.example.test/plain')
    const seen = recordingOrigin('http://files.example.test')
    const error = await rejectionOf(createHaloCore(options).get('/Plain'))
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toContain('plain http://')
    expect(seen).toHaveLength(0)
    await expect(createHaloCore({ ...options, allowInsecureHttp: true }).get('/Plain')).resolves.toEqual({
      ok: true,
    })
    expect(seen[0]?.authorization).toBeNull()
  })

  it('never re-sends a body to another host (307/308)', async () => {
    tokenEndpoint()
    redirect(`${API}/Tickets`, 307, `${OTHER}/steal`, 'post')
    const seen = recordingOrigin(OTHER)
    const error = await rejectionOf(createHaloCore(options).post('/Tickets', [{ summary: 'secret data' }]))
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toContain('another host')
    expect(seen).toHaveLength(0)
  })

  it('follows a same-origin 307 with the body, and turns a 303 into a GET', async () => {
    tokenEndpoint()
    redirect(`${API}/Tickets`, 307, `${API}/TicketsV2`, 'post')
    redirect(`${API}/Actions`, 303, `${API}/Actions/Result`, 'post')
    const seen: Seen[] = []
    server.use(
      http.all(`${API}/TicketsV2`, async ({ request }) => {
        seen.push({
          url: request.url,
          method: request.method,
          authorization: request.headers.get('authorization'),
          extra: request.headers.get('content-type'),
          body: await request.text(),
        })
        return HttpResponse.json({ id: 9 }, { status: 201 })
      }),
      http.all(`${API}/Actions/Result`, async ({ request }) => {
        seen.push({
          url: request.url,
          method: request.method,
          authorization: request.headers.get('authorization'),
          extra: request.headers.get('content-type'),
          body: await request.text(),
        })
        return HttpResponse.json({ done: true })
      }),
    )
    const core = createHaloCore(options)
    await expect(core.post('/Tickets', [{ summary: 'x' }])).resolves.toEqual({ id: 9 })
    await expect(core.post('/Actions', [{ note: 'y' }])).resolves.toEqual({ done: true })
    expect(seen[0]).toMatchObject({ method: 'POST', body: '[{"summary":"x"}]', extra: 'application/json' })
    expect(seen[0]?.authorization).toContain('Bearer ')
    expect(seen[1]).toMatchObject({ method: 'GET', body: '', extra: null })
  })

  it('gives up on a redirect loop with a typed error', async () => {
    tokenEndpoint()
    const hits = redirect(`${API}/Loop`, 302, '/api/Loop')
    const error = await rejectionOf(createHaloCore(options).get('/Loop'))
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toMatch(/redirected more than 5 times/)
    expect(hits).toHaveLength(6)
  })

  it('refuses non-http schemes and user-info in the location', async () => {
    tokenEndpoint()
    redirect(`${API}/File`, 302, 'file:///etc/passwd')
    redirect(`${API}/Creds`, 302, 'https://user:pw@files.example.test/x')
    const core = createHaloCore(options)
    expect(((await rejectionOf(core.get('/File'))) as Error).message).toContain('file: URL')
    expect(((await rejectionOf(core.get('/Creds'))) as Error).message).toContain('user name or password')
  })

  it('a 3xx without Location is the answer itself (not followed)', async () => {
    tokenEndpoint()
    server.use(http.get(`${API}/NotModified`, () => new HttpResponse(null, { status: 304 })))
    await expect(createHaloCore(options).get('/NotModified')).resolves.toBeUndefined()
  })
})
