import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore, haloOptionsFromEnv } from '../src/index.js'
import { resolveOptions } from '../src/options/resolve-options.js'
import { server, testOptions, tokenEndpoint, useHaloServer } from './support/halo-server.js'

useHaloServer()

describe('baseUrl', () => {
  it.each([
    'https://acme.halopsa.com',
    'https://acme.halopsa.com/',
    'https://acme.halopsa.com/api',
    'https://acme.halopsa.com/api/',
    'https://acme.halopsa.com/API//',
    '  https://acme.halopsa.com/api  ',
  ])('%j → https://acme.halopsa.com/api', (baseUrl) => {
    const core = createHaloCore({ ...testOptions(), baseUrl })
    expect(core.apiUrl).toBe('https://acme.halopsa.com/api')
  })

  it('keeps a sub-path install', () => {
    expect(createHaloCore({ ...testOptions(), baseUrl: 'https://intranet.example/halo/api' }).apiUrl).toBe(
      'https://intranet.example/halo/api',
    )
  })

  it.each(['http://acme.halopsa.com', 'http://10.0.0.5:8080', 'http://127.evil.example'])(
    'refuses %s off loopback',
    (baseUrl) => {
      expect(() => createHaloCore({ ...testOptions(), baseUrl })).toThrow(/http:\/\/.*allowInsecureHttp/)
    },
  )

  it.each([
    'http://localhost:3000',
    'http://127.0.0.1',
    'http://127.1.2.3:81/api',
    'http://[::1]:8080',
    'http://halo.localhost',
  ])('allows loopback %s', (baseUrl) => {
    expect(() => createHaloCore({ ...testOptions(), baseUrl, authUrl: undefined as never })).not.toThrow()
  })

  it('allows http:// off loopback with allowInsecureHttp', () => {
    const core = createHaloCore({
      ...testOptions(),
      baseUrl: 'http://halo.lan',
      authUrl: 'http://halo.lan/auth',
      allowInsecureHttp: true,
    })
    expect(core.apiUrl).toBe('http://halo.lan/api')
  })

  it('refuses an http:// authUrl off loopback too', () => {
    expect(() => createHaloCore({ ...testOptions(), authUrl: 'http://auth.example/auth' })).toThrow(/authUrl/)
  })

  it.each([
    'not a url',
    'ftp://acme.example',
    'https://user:pw@acme.halopsa.com',
    'https://acme.halopsa.com/?x=1',
  ])('refuses %j with a message naming baseUrl', (baseUrl) => {
    expect(() => createHaloCore({ ...testOptions(), baseUrl })).toThrow(/baseUrl/)
  })
})

describe('required options and defaults', () => {
  it('names what is missing', () => {
    expect(() => createHaloCore({ baseUrl: 'https://acme.halopsa.com' })).toThrow(
      /Missing options clientId and clientSecret/,
    )
    expect(() => createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId: 'x' })).toThrow(
      /Missing option clientSecret/,
    )
    expect(() => createHaloCore({ baseUrl: '', clientId: 'x', clientSecret: 'y' })).toThrow(
      /Missing option baseUrl/,
    )
  })

  it('needs no client credentials when auth is given', () => {
    expect(() =>
      createHaloCore({
        baseUrl: 'https://acme.halopsa.com',
        auth: {
          type: 'provider',
          getToken: async () => ({ accessToken: 't', expiresAt: Date.now() + 1000 }),
        },
      }),
    ).not.toThrow()
  })

  it('applies the documented defaults', () => {
    const resolved = resolveOptions({ baseUrl: 'https://acme.halopsa.com', clientId: 'a', clientSecret: 'b' })
    expect(resolved).toMatchObject({
      scope: 'all',
      rateLimit: { requests: 500, windowMs: 300_000 },
      retry: { retries: 3, baseDelayMs: 500, maxDelayMs: 60_000, retryUnsafeWrites: false },
      maxConcurrency: 8,
      timeoutMs: 30_000,
      allowInsecureHttp: false,
      validate: 'off',
      authUrl: undefined,
      tenant: undefined,
    })
    expect(resolved.fetch()).toBe(globalThis.fetch)
  })

  it('rejects nonsense values with the option name', () => {
    const base = testOptions()
    expect(() => createHaloCore({ ...base, maxConcurrency: 0 })).toThrow(/maxConcurrency/)
    expect(() => createHaloCore({ ...base, timeoutMs: -5 })).toThrow(/timeoutMs/)
    expect(() => createHaloCore({ ...base, validate: 'loud' as never })).toThrow(/validate/)
    expect(() => createHaloCore({ ...base, retry: { retries: -1 } })).toThrow(/retry.retries/)
  })

  it('looks fetch up at call time, and uses a given fetch', async () => {
    const calls: string[] = []
    const core = createHaloCore(
      testOptions({
        fetch: async (input, init) => {
          const url = input instanceof Request ? input.url : String(input)
          calls.push(url)
          return url.endsWith('/token')
            ? Response.json({ access_token: 'tok-abcdef', expires_in: 3600 })
            : Response.json({ init: init?.method })
        },
      }),
    )
    expect(await core.get('/Tickets')).toEqual({ init: 'GET' })
    expect(calls).toEqual(['https://acme.halopsa.com/auth/token', 'https://acme.halopsa.com/api/Tickets'])
  })

  it('sends extra headers from the client and the call', async () => {
    tokenEndpoint()
    const seen: (string | null)[] = []
    server.use(
      http.get('https://acme.halopsa.com/api/Tickets', ({ request }) => {
        seen.push(request.headers.get('x-client'), request.headers.get('x-call'))
        return HttpResponse.json([])
      }),
    )
    await createHaloCore(testOptions({ headers: { 'x-client': 'c' } })).get('/Tickets', {
      headers: { 'x-call': 'r' },
    })
    expect(seen).toEqual(['c', 'r'])
  })
})

describe('haloOptionsFromEnv and createHaloCore.fromEnv', () => {
  it('names every missing variable in one error', () => {
    expect(() => haloOptionsFromEnv({})).toThrow(/HALO_BASE_URL, HALO_CLIENT_ID, HALO_CLIENT_SECRET/)
    expect(() => haloOptionsFromEnv({ HALO_BASE_URL: 'https://x.example', HALO_CLIENT_ID: ' ' })).toThrow(
      /variables: HALO_CLIENT_ID, HALO_CLIENT_SECRET\./,
    )
  })

  it('reads every variable', () => {
    expect(
      haloOptionsFromEnv({
        HALO_BASE_URL: 'https://acme.halopsa.com',
        HALO_CLIENT_ID: 'id',
        HALO_CLIENT_SECRET: 'secret',
        HALO_TENANT: 'acme',
        HALO_AUTH_URL: 'https://auth.haloservicedesk.com/auth',
        HALO_SCOPE: 'read:tickets',
      }),
    ).toEqual({
      baseUrl: 'https://acme.halopsa.com',
      clientId: 'id',
      clientSecret: 'secret',
      tenant: 'acme',
      authUrl: 'https://auth.haloservicedesk.com/auth',
      scope: 'read:tickets',
    })
  })

  it('builds a core from the environment', () => {
    const core = createHaloCore.fromEnv(
      { HALO_BASE_URL: 'https://acme.halopsa.com/api', HALO_CLIENT_ID: 'id', HALO_CLIENT_SECRET: 'secret' },
      { rateLimit: false },
    )
    expect(core.apiUrl).toBe('https://acme.halopsa.com/api')
  })
})
