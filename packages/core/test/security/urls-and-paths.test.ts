// Where requests may go: TLS only off loopback (unless opted in), and path parameters that can never
// climb out of the path they were given for, add a query, or cut it with a fragment.
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore, type OperationDescriptor } from '../../src/index.js'
import {
  API,
  rejectionOf,
  server,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from '../support/halo-server.js'

useHaloServer()

describe('http:// is refused off loopback', () => {
  it.each([
    'http://acme.halopsa.com',
    'http://acme.halopsa.com/api',
    'http://10.0.0.5',
    'http://0.0.0.0',
    'http://127.0.0.1.evil.example',
    'http://localhost.evil.example',
    'http://[::ffff:127.0.0.1]',
  ])('baseUrl %s', (baseUrl) => {
    expect(() => createHaloCore(testOptions({ baseUrl }))).toThrow(/http:\/\/.*unencrypted|allowInsecureHttp/)
  })

  it('authUrl too', () => {
    expect(() => createHaloCore(testOptions({ authUrl: 'http://login.example.test/auth' }))).toThrow(
      /authUrl uses http:\/\//,
    )
  })

  it.each([
    'http://localhost:8080',
    'http://127.0.0.1:3000',
    'http://127.8.9.10',
    'http://[::1]:9000',
    'http://halo.localhost',
  ])('loopback %s is allowed', (baseUrl) => {
    expect(createHaloCore(testOptions({ baseUrl, authUrl: `${baseUrl}/auth` })).apiUrl).toBe(`${baseUrl}/api`)
  })

  it('allowInsecureHttp opts in', () => {
    const core = createHaloCore(
      testOptions({
        baseUrl: 'http://halo.internal',
        authUrl: 'http://halo.internal/auth',
        allowInsecureHttp: true,
      }),
    )
    expect(core.apiUrl).toBe('http://halo.internal/api')
  })

  it('other schemes and credentials in the URL are refused', () => {
    expect(() => createHaloCore(testOptions({ baseUrl: 'ftp://acme.halopsa.com' }))).toThrow(/https:\/\//)
    expect(() => createHaloCore(testOptions({ baseUrl: 'https://user:pw@acme.halopsa.com' }))).toThrow(
      /user name or password/,
    )
  })

  it('an AuthInfo answer pointing at plain http:// is not used', async () => {
    const { authUrl: _unused, ...options } = testOptions()
    let tokenRequests = 0
    server.use(
      http.get(`${API}/AuthInfo`, () => HttpResponse.json({ auth_url: 'http://login.evil.example/auth' })),
      http.post('https://acme.halopsa.com/auth/token', () => {
        tokenRequests += 1
        return HttpResponse.json({ access_token: 'fallback-token-123', expires_in: 3600 })
      }),
    )
    await createHaloCore(options).getAccessToken()
    expect(tokenRequests).toBe(1)
  })
})

const lookup: OperationDescriptor = {
  name: 'getLookup',
  method: 'GET',
  path: '/Lookup/{name}',
  tag: 'Security',
  pathParams: { name: 'string' },
}
const ticket: OperationDescriptor = {
  name: 'getTicket',
  method: 'GET',
  path: '/Tickets/{id}',
  tag: 'Security',
  pathParams: { id: 'integer' },
}

/** Records the raw path (as sent, still encoded) of everything under /api. */
function recordPaths(): string[] {
  const paths: string[] = []
  server.use(
    http.all(`${API}/*`, ({ request }) => {
      const url = new URL(request.url)
      paths.push(`${url.pathname}${url.search}`)
      return HttpResponse.json({ ok: true })
    }),
  )
  return paths
}

describe('path parameters', () => {
  it.each([
    -1,
    Number.NaN,
    5.5,
    Number.POSITIVE_INFINITY,
    2 ** 60,
    '5abc',
    '0x10',
    '1e3',
    '../5',
    '5/../6',
    '',
    ' 5',
    true,
    null,
  ])('integer id %s is refused before anything is sent', async (id) => {
    tokenEndpoint()
    const paths = recordPaths()
    const error = await rejectionOf(createHaloCore(testOptions()).request(ticket, { id: id as number }))
    expect(error).toBeInstanceOf(TypeError)
    expect(paths).toEqual([])
  })

  it.each(['..', '.', '../Users', '..\\Users', 'a/../../Users', './x'])(
    'string parameter %s (a dot segment) is refused',
    async (name) => {
      tokenEndpoint()
      const paths = recordPaths()
      await expect(createHaloCore(testOptions()).request(lookup, { name })).rejects.toThrow(TypeError)
      expect(paths).toEqual([])
    },
  )

  it.each([
    ['%2e%2e', '/api/Lookup/%252e%252e'],
    ['%2E%2E%2FUsers', '/api/Lookup/%252E%252E%252FUsers'],
    ['x?admin=1', '/api/Lookup/x%3Fadmin%3D1'],
    ['x#frag', '/api/Lookup/x%23frag'],
    ['a/b', '/api/Lookup/a%2Fb'],
    ['name with spaces & ü', '/api/Lookup/name%20with%20spaces%20%26%20%C3%BC'],
  ])('string parameter %s is sent encoded as %s', async (name, expected) => {
    tokenEndpoint()
    const paths = recordPaths()
    await createHaloCore(testOptions()).request(lookup, { name })
    expect(paths).toEqual([expected])
  })

  it.each([
    '/Tickets/../Users',
    '/Tickets/%2e%2e/Users',
    '/Tickets/%2E%2E%2FUsers',
    '//evil.example/x',
    'https://evil.example/api/Tickets',
    '\\\\evil.example\\x',
    'javascript:alert(1)',
    '/Tickets/%zz',
  ])('raw path %s is refused', async (path) => {
    tokenEndpoint()
    const paths = recordPaths()
    await expect(createHaloCore(testOptions()).get(path)).rejects.toThrow(TypeError)
    expect(paths).toEqual([])
  })
})
