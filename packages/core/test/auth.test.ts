import { createHash } from 'node:crypto'
import { HttpResponse, http, type JsonBodyType } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  buildAuthorizeUrl,
  createHaloCore,
  createPkcePair,
  exchangeAuthorizationCode,
  isHaloAuthenticationError,
  isHaloConnectionError,
  type TokenStore,
} from '../src/index.js'
import {
  API,
  AUTH,
  BASE,
  CANARY_REFRESH,
  CANARY_SECRET,
  CANARY_TOKEN,
  rejectionOf,
  server,
  TOKEN_URL,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from './support/halo-server.js'

useHaloServer()
afterEach(() => vi.useRealTimers())

/** An API endpoint answering 200 and recording the bearer token of each request. */
function tickets(): { readonly tokens: string[] } {
  const tokens: string[] = []
  server.use(
    http.get(`${API}/Tickets`, ({ request }) => {
      tokens.push(request.headers.get('authorization') ?? '')
      return HttpResponse.json([{ id: 1 }])
    }),
  )
  return { tokens }
}

describe('client credentials', () => {
  it('sends a form-encoded client_credentials grant with scope', async () => {
    const endpoint = tokenEndpoint()
    const api = tickets()
    const core = createHaloCore(testOptions({ scope: 'read:tickets edit:tickets' }))
    await core.get('/Tickets')
    const form = endpoint.requests[0]?.form
    expect(form?.get('grant_type')).toBe('client_credentials')
    expect(form?.get('client_id')).toBe('test-client')
    expect(form?.get('client_secret')).toBe(CANARY_SECRET)
    expect(form?.get('scope')).toBe('read:tickets edit:tickets')
    expect(api.tokens).toEqual([`Bearer ${CANARY_TOKEN}-1`])
  })

  it('defaults the scope to all', async () => {
    const endpoint = tokenEndpoint()
    await createHaloCore(testOptions()).getAccessToken()
    expect(endpoint.requests[0]?.form.get('scope')).toBe('all')
  })

  it('asks for exactly one token when 100 calls start on an empty cache', async () => {
    const endpoint = tokenEndpoint()
    tickets()
    const core = createHaloCore(testOptions({ maxConcurrency: 100 }))
    await Promise.all([
      ...Array.from({ length: 100 }, () => core.get('/Tickets')),
      ...Array.from({ length: 100 }, () => core.getAccessToken()),
    ])
    expect(endpoint.hits()).toBe(1)
  })

  it('reuses the token until a margin before expires_in, then fetches a new one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'))
    const endpoint = tokenEndpoint({ expiresIn: 3600 })
    const core = createHaloCore(testOptions())
    expect((await core.getAccessToken()).accessToken).toBe(`${CANARY_TOKEN}-1`)
    vi.setSystemTime(new Date('2025-01-01T00:58:58Z')) // 62 s before expiry
    expect((await core.getAccessToken()).accessToken).toBe(`${CANARY_TOKEN}-1`)
    vi.setSystemTime(new Date('2025-01-01T00:59:01Z')) // 59 s before expiry: inside the 60 s margin
    expect((await core.getAccessToken()).accessToken).toBe(`${CANARY_TOKEN}-2`)
    expect(endpoint.hits()).toBe(2)
  })

  it('uses a tenth of the lifetime as the margin for short-lived tokens', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(0)
    const endpoint = tokenEndpoint({ expiresIn: 100 })
    const core = createHaloCore(testOptions())
    await core.getAccessToken()
    vi.setSystemTime(89_000)
    await core.getAccessToken()
    expect(endpoint.hits()).toBe(1)
    vi.setSystemTime(90_500)
    await core.getAccessToken()
    expect(endpoint.hits()).toBe(2)
  })

  it('on a 401 refreshes the token once and replays the request once', async () => {
    const endpoint = tokenEndpoint()
    const seen: string[] = []
    server.use(
      http.get(`${API}/Tickets/5`, ({ request }) => {
        const auth = request.headers.get('authorization') ?? ''
        seen.push(auth)
        return auth.endsWith('-1') ? new HttpResponse(null, { status: 401 }) : HttpResponse.json({ id: 5 })
      }),
    )
    const core = createHaloCore(testOptions())
    expect(await core.get('/Tickets/5')).toEqual({ id: 5 })
    expect(seen).toEqual([`Bearer ${CANARY_TOKEN}-1`, `Bearer ${CANARY_TOKEN}-2`])
    expect(endpoint.hits()).toBe(2)
  })

  it('answers HaloAuthenticationError when the replay is refused too, without a third try', async () => {
    const endpoint = tokenEndpoint()
    let hits = 0
    server.use(
      http.get(`${API}/Tickets/5`, () => {
        hits++
        return HttpResponse.json({ Message: 'Authorization has been denied' }, { status: 401 })
      }),
    )
    const error = await rejectionOf(createHaloCore(testOptions()).get('/Tickets/5'))
    expect(isHaloAuthenticationError(error)).toBe(true)
    expect((error as Error).message).toContain('Authorization has been denied')
    expect(hits).toBe(2)
    expect(endpoint.hits()).toBe(2)
  })

  it('refreshes once for a burst of 401s', async () => {
    const endpoint = tokenEndpoint()
    server.use(
      http.get(`${API}/Tickets`, ({ request }) =>
        request.headers.get('authorization')?.endsWith('-1')
          ? new HttpResponse(null, { status: 401 })
          : HttpResponse.json([]),
      ),
    )
    const core = createHaloCore(testOptions({ maxConcurrency: 20 }))
    await Promise.all(Array.from({ length: 20 }, () => core.get('/Tickets')))
    expect(endpoint.hits()).toBe(2)
  })

  it('sends the tenant as ?tenant= on the token URL', async () => {
    const endpoint = tokenEndpoint()
    await createHaloCore(testOptions({ tenant: 'acme corp' })).getAccessToken()
    expect(endpoint.requests[0]?.url.searchParams.get('tenant')).toBe('acme corp')
    expect(endpoint.requests[0]?.url.pathname).toBe('/auth/token')
  })

  it('sends no tenant when none is known', async () => {
    const endpoint = tokenEndpoint()
    await createHaloCore(testOptions()).getAccessToken()
    expect(endpoint.requests[0]?.url.search).toBe('')
  })
})

describe('discovery', () => {
  function authInfo(
    body: JsonBodyType,
    status = 200,
  ): { readonly hits: () => number; readonly auth: string[] } {
    let hits = 0
    const auth: string[] = []
    server.use(
      http.get(`${API}/AuthInfo`, ({ request }) => {
        hits++
        auth.push(request.headers.get('authorization') ?? '')
        return HttpResponse.json(body, { status })
      }),
    )
    return { hits: () => hits, auth }
  }
  const { authUrl: _omit, ...withoutAuthUrl } = testOptions()

  it('reads auth_url and tenant_id from AuthInfo (without a token)', async () => {
    const info = authInfo({ auth_url: 'https://auth.haloservicedesk.com/auth', tenant_id: 'acme' })
    const endpoint = tokenEndpoint({ url: 'https://auth.haloservicedesk.com/auth/token' })
    await createHaloCore(withoutAuthUrl).getAccessToken()
    expect(info.hits()).toBe(1)
    expect(info.auth).toEqual([''])
    expect(endpoint.requests[0]?.url.searchParams.get('tenant')).toBe('acme')
  })

  it('uses the discovered auth_url without a tenant when AuthInfo has no tenant_id', async () => {
    authInfo({ auth_url: `${BASE}/auth/` })
    const endpoint = tokenEndpoint()
    await createHaloCore(withoutAuthUrl).getAccessToken()
    expect(endpoint.requests[0]?.url.href).toBe(TOKEN_URL)
  })

  it('prefers the tenant option over the discovered one', async () => {
    authInfo({ auth_url: 'https://auth.haloservicedesk.com/auth', tenant_id: 'other' })
    const endpoint = tokenEndpoint({ url: 'https://auth.haloservicedesk.com/auth/token' })
    await createHaloCore({ ...withoutAuthUrl, tenant: 'mine' }).getAccessToken()
    expect(endpoint.requests[0]?.url.searchParams.get('tenant')).toBe('mine')
  })

  it.each([
    ['a 404', { Message: 'No HTTP resource' }, 404],
    ['an answer without auth_url', { something: 1 }, 200],
  ])('falls back to {root}/auth on %s', async (_name, body, status) => {
    authInfo(body, status)
    const endpoint = tokenEndpoint()
    await createHaloCore({ ...withoutAuthUrl, retry: false }).getAccessToken()
    expect(endpoint.requests[0]?.url.href).toBe(TOKEN_URL)
  })

  it('falls back to {root}/auth when AuthInfo cannot be reached', async () => {
    server.use(http.get(`${API}/AuthInfo`, () => HttpResponse.error()))
    const endpoint = tokenEndpoint()
    await createHaloCore({ ...withoutAuthUrl, retry: false }).getAccessToken()
    expect(endpoint.hits()).toBe(1)
  })

  it('caches the discovery across token requests', async () => {
    const info = authInfo({ auth_url: AUTH })
    const endpoint = tokenEndpoint()
    server.use(
      http.get(`${API}/Tickets`, ({ request }) =>
        request.headers.get('authorization')?.endsWith('-1')
          ? new HttpResponse(null, { status: 401 })
          : HttpResponse.json([]),
      ),
    )
    await createHaloCore(withoutAuthUrl).get('/Tickets')
    expect(endpoint.hits()).toBe(2)
    expect(info.hits()).toBe(1)
  })

  it('skips discovery when authUrl is given', async () => {
    const info = authInfo({ auth_url: 'https://elsewhere.example/auth' })
    const endpoint = tokenEndpoint()
    await createHaloCore(testOptions()).getAccessToken()
    expect(info.hits()).toBe(0)
    expect(endpoint.hits()).toBe(1)
  })
})

describe('token endpoint failures name the likely culprit', () => {
  function refuse(status: number, body: JsonBodyType, contentType = 'application/json'): void {
    server.use(
      http.post(TOKEN_URL, () =>
        typeof body === 'string'
          ? new HttpResponse(body, { status, headers: { 'content-type': contentType } })
          : HttpResponse.json(body, { status }),
      ),
    )
  }

  it('invalid_client → client id and secret, with a tenant hint', async () => {
    refuse(400, { error: 'invalid_client', error_description: 'The client credentials are invalid.' })
    const error = await rejectionOf(createHaloCore(testOptions()).getAccessToken())
    expect(isHaloAuthenticationError(error)).toBe(true)
    const message = (error as Error).message
    expect(message).toContain('clientId and clientSecret')
    expect(message).toContain('tenant')
    expect(message).not.toContain(CANARY_SECRET)
    expect((error as { oauthError?: string }).oauthError).toBe('invalid_client')
  })

  it('invalid_scope → scope', async () => {
    refuse(400, { error: 'invalid_scope' })
    const error = await rejectionOf(createHaloCore(testOptions({ scope: 'admin' })).getAccessToken())
    expect((error as Error).message).toMatch(/check scope \('admin'\)/)
  })

  it('an HTML page or 404 → authUrl', async () => {
    refuse(404, '<!DOCTYPE html><html><body>Not found</body></html>', 'text/html')
    const error = await rejectionOf(createHaloCore(testOptions()).getAccessToken())
    expect((error as Error).message).toContain('check authUrl')
    expect((error as Error).message).toContain('HTML page')
  })

  it('a message about the tenant → tenant', async () => {
    refuse(400, { error: 'invalid_request', error_description: 'Unknown tenant' })
    const error = await rejectionOf(createHaloCore(testOptions({ tenant: 'acme' })).getAccessToken())
    expect((error as Error).message).toContain("check tenant ('acme' was sent)")
  })

  it('an unreachable authorisation server is a connection error naming authUrl', async () => {
    server.use(http.post(TOKEN_URL, () => HttpResponse.error()))
    const error = await rejectionOf(createHaloCore(testOptions({ retry: false })).getAccessToken())
    expect(isHaloConnectionError(error)).toBe(true)
    expect((error as Error).message).toContain('Check authUrl')
  })

  it('a 200 without access_token points at authUrl', async () => {
    refuse(200, { hello: 'world' })
    const error = await rejectionOf(createHaloCore(testOptions()).getAccessToken())
    expect(isHaloAuthenticationError(error)).toBe(true)
    expect((error as Error).message).toContain('check authUrl')
  })

  it('a failed token request is tried again by the next call', async () => {
    let calls = 0
    server.use(
      http.post(TOKEN_URL, () => {
        calls++
        return calls === 1
          ? HttpResponse.json({ error: 'invalid_client' }, { status: 401 })
          : HttpResponse.json({ access_token: 'tok-ok', expires_in: 3600 })
      }),
    )
    const core = createHaloCore(testOptions())
    await expect(core.getAccessToken()).rejects.toThrow(/clientId/)
    expect((await core.getAccessToken()).accessToken).toBe('tok-ok')
  })
})

describe('PKCE and the authorization-code flow', () => {
  it('createPkcePair gives an S256 challenge of its verifier', async () => {
    const pair = await createPkcePair()
    expect(pair.codeVerifier).toMatch(/^[\w-]{43}$/)
    const expected = createHash('sha256').update(pair.codeVerifier).digest('base64url')
    expect(pair.codeChallenge).toBe(expected)
    expect(pair.codeChallengeMethod).toBe('S256')
    expect((await createPkcePair()).codeVerifier).not.toBe(pair.codeVerifier)
  })

  it('buildAuthorizeUrl points at {authUrl}/authorize with every parameter', () => {
    const url = new URL(
      buildAuthorizeUrl({
        baseUrl: `${BASE}/api/`,
        clientId: 'app',
        redirectUri: 'https://app.example/callback',
        state: 'xyz',
        codeChallenge: 'challenge',
        tenant: 'acme',
      }),
    )
    expect(`${url.origin}${url.pathname}`).toBe(`${AUTH}/authorize`)
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tenant: 'acme',
      response_type: 'code',
      client_id: 'app',
      redirect_uri: 'https://app.example/callback',
      scope: 'all offline_access',
      state: 'xyz',
      code_challenge: 'challenge',
      code_challenge_method: 'S256',
    })
    expect(
      buildAuthorizeUrl({
        authUrl: 'https://auth.haloservicedesk.com/auth/',
        clientId: 'a',
        redirectUri: 'r',
        codeChallenge: 'c',
      }),
    ).toMatch(/^https:\/\/auth\.haloservicedesk\.com\/auth\/authorize\?/)
  })

  it('exchangeAuthorizationCode posts the code and verifier', async () => {
    const endpoint = tokenEndpoint({ refreshToken: () => CANARY_REFRESH })
    const token = await exchangeAuthorizationCode({
      baseUrl: BASE,
      clientId: 'app',
      code: 'the-code',
      codeVerifier: 'the-verifier',
      redirectUri: 'https://app.example/callback',
    })
    expect(token.refreshToken).toBe(CANARY_REFRESH)
    const form = endpoint.requests[0]?.form
    expect(form?.get('grant_type')).toBe('authorization_code')
    expect(form?.get('code')).toBe('the-code')
    expect(form?.get('code_verifier')).toBe('the-verifier')
    expect(form?.get('redirect_uri')).toBe('https://app.example/callback')
  })

  it('auth: authorization_code exchanges the code once, then uses the refresh token', async () => {
    const endpoint = tokenEndpoint({ refreshToken: (n) => `refresh-${n}` })
    server.use(
      http.get(`${API}/Tickets`, ({ request }) =>
        request.headers.get('authorization')?.endsWith('-1')
          ? new HttpResponse(null, { status: 401 })
          : HttpResponse.json([]),
      ),
    )
    const core = createHaloCore({
      baseUrl: BASE,
      authUrl: AUTH,
      rateLimit: false,
      auth: {
        type: 'authorization_code',
        clientId: 'app',
        code: 'c0de',
        codeVerifier: 'v',
        redirectUri: 'https://r',
      },
    })
    await core.get('/Tickets')
    expect(endpoint.requests.map((r) => r.form.get('grant_type'))).toEqual([
      'authorization_code',
      'refresh_token',
    ])
    expect(endpoint.requests[1]?.form.get('refresh_token')).toBe('refresh-1')
  })
})

describe('refresh-token grant', () => {
  it('uses the refresh token, rotates it, and reports each new one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(0)
    const endpoint = tokenEndpoint({ expiresIn: 600, refreshToken: (n) => `${CANARY_REFRESH}-${n}` })
    const reported: string[] = []
    const core = createHaloCore({
      baseUrl: BASE,
      authUrl: AUTH,
      tenant: 'acme',
      rateLimit: false,
      auth: {
        type: 'refresh_token',
        clientId: 'app',
        refreshToken: `${CANARY_REFRESH}-0`,
        onRefreshToken: (token) => {
          reported.push(token)
        },
      },
    })
    await Promise.all([core.getAccessToken(), core.getAccessToken(), core.getAccessToken()])
    vi.setSystemTime(600_000)
    await Promise.all([core.getAccessToken(), core.getAccessToken()])
    expect(endpoint.requests.map((r) => r.form.get('refresh_token'))).toEqual([
      `${CANARY_REFRESH}-0`,
      `${CANARY_REFRESH}-1`,
    ])
    expect(endpoint.requests.every((r) => r.form.get('grant_type') === 'refresh_token')).toBe(true)
    expect(endpoint.requests[0]?.url.searchParams.get('tenant')).toBe('acme')
    expect(reported).toEqual([`${CANARY_REFRESH}-1`, `${CANARY_REFRESH}-2`])
  })

  it('an invalid_grant names the spent refresh token', async () => {
    server.use(http.post(TOKEN_URL, () => HttpResponse.json({ error: 'invalid_grant' }, { status: 400 })))
    const core = createHaloCore({
      baseUrl: BASE,
      authUrl: AUTH,
      rateLimit: false,
      auth: { type: 'refresh_token', clientId: 'app', refreshToken: CANARY_REFRESH },
    })
    const error = await rejectionOf(core.getAccessToken())
    expect((error as Error).message).toContain('single-use')
    expect(JSON.stringify(error)).not.toContain(CANARY_REFRESH)
  })
})

describe('custom token providers and token stores', () => {
  it('asks a provider, and forces a refresh after a 401', async () => {
    const calls: boolean[] = []
    server.use(
      http.get(`${API}/Tickets`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer p-1'
          ? new HttpResponse(null, { status: 401 })
          : HttpResponse.json([]),
      ),
    )
    const core = createHaloCore({
      baseUrl: BASE,
      rateLimit: false,
      auth: {
        type: 'provider',
        getToken: async ({ forceRefresh }) => {
          calls.push(forceRefresh)
          return { accessToken: `p-${calls.length}`, expiresAt: Date.now() + 3_600_000 }
        },
      },
    })
    await core.get('/Tickets')
    expect(calls).toEqual([false, true])
  })

  it('takes a valid token from the store without asking Halo, and forgets it after a 401', async () => {
    const entries = new Map<string, { accessToken: string; expiresAt: number }>()
    const deleted: string[] = []
    const store: TokenStore = {
      get: async (key) => entries.get(key),
      set: async (key, token) => {
        entries.set(key, token)
      },
      delete: async (key) => {
        deleted.push(key)
        entries.delete(key)
      },
    }
    const first = createHaloCore(testOptions({ tokenStore: store }))
    const endpoint = tokenEndpoint()
    await first.getAccessToken()
    expect(endpoint.hits()).toBe(1)
    expect([...entries.keys()][0]).not.toContain(CANARY_SECRET)

    const second = createHaloCore(testOptions({ tokenStore: store }))
    expect((await second.getAccessToken()).accessToken).toBe(`${CANARY_TOKEN}-1`)
    expect(endpoint.hits()).toBe(1)

    server.use(
      http.get(`${API}/Tickets`, ({ request }) =>
        request.headers.get('authorization')?.endsWith('-1')
          ? new HttpResponse(null, { status: 401 })
          : HttpResponse.json([]),
      ),
    )
    await second.get('/Tickets')
    expect(deleted).toHaveLength(1)
    expect(endpoint.hits()).toBe(2)
  })
})
