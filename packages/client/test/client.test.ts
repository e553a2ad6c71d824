import { mockCredentials, seed } from '@halo/mock'
import { getTicket, listTickets, operationDescriptors as ticketDescriptors } from '@halo/tickets'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createHaloCore,
  HaloClient,
  type HaloCore,
  HaloResourceNotFound,
  HaloValidationError,
  isHaloValidationError,
} from '../src/index.js'
import { loadAllSchemas } from '../src/schemas/all-schemas.js'
import { BASE_URL, mockClient, useMockHalo } from './support/mock-halo.js'

const mock = useMockHalo()

/** A fetch that answers through the mock, after letting a test rewrite the JSON of one response. */
function rewritingFetch(rewrite: (url: URL, body: unknown) => unknown): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init)
    const response = await mock.handle(request)
    const type = response.headers.get('content-type') ?? ''
    if (!type.includes('json')) return response
    const body = rewrite(new URL(request.url), await response.json())
    return Response.json(body, { status: response.status, headers: response.headers })
  }
}

describe('HaloClient as a HaloCore', () => {
  it('resolves the API root from the instance root', () => {
    expect(mockClient().apiUrl).toBe(`${BASE_URL}/api`)
    expect(mockClient({ baseUrl: `${BASE_URL}/api/` }).apiUrl).toBe(`${BASE_URL}/api`)
  })

  it('is accepted wherever a HaloCore is: generated functions run on it', async () => {
    const halo: HaloCore = mockClient()
    const ticket = await getTicket(halo, { id: seed.ticketId })
    expect(ticket.id).toBe(seed.ticketId)
    expect(await listTickets(halo, { limit: 3 })).toHaveLength(3)
  })

  it('delegates request and list to the core', async () => {
    const halo = mockClient()
    const getOperation = ticketDescriptors.find((operation) => operation.name === 'getTicket')
    const listOperation = ticketDescriptors.find((operation) => operation.name === 'listTickets')
    if (getOperation === undefined || listOperation === undefined) throw new Error('descriptors missing')
    const ticket = await halo.request<{ id: number }>(getOperation, { id: seed.ticketId })
    expect(ticket.id).toBe(seed.ticketId)
    const tickets = await halo.list<{ id: number }>(listOperation, { limit: 120 })
    expect(tickets).toHaveLength(seed.defaultTicketCount)
  })

  it('shares one token across resources, operations and raw calls', async () => {
    const halo = mockClient()
    await halo.tickets.get(seed.ticketId)
    await halo.ops.getTicket({ id: seed.ticketId })
    await halo.get('/Status')
    const token = await halo.getAccessToken()
    expect(token.accessToken).toMatch(/\S/)
    expect(mock.requests.filter((request) => request.operation === 'POST /auth/token')).toHaveLength(1)
  })

  it('answers raw calls taken off the client, with the body or the whole response', async () => {
    const { get, post } = mockClient()
    const ticket = await get<{ id: number }>(`/Tickets/${seed.ticketId}`)
    expect(ticket.id).toBe(seed.ticketId)
    const answer = await get<{ id: number }>(`/Tickets/${seed.ticketId}`, { withResponse: true })
    expect(answer.status).toBe(200)
    expect(answer.data.id).toBe(seed.ticketId)
    await expect(post('/Tickets', [{ id: seed.ticketId, summary: 'renamed' }])).resolves.toMatchObject({
      id: seed.ticketId,
    })
  })

  it('pages a raw path', async () => {
    const halo = mockClient()
    let count = 0
    for await (const _ticket of halo.paginate('/Tickets', { query: { client_id: seed.clientId } })) count++
    expect(count).toBeGreaterThan(0)
    const pages = mock.requests.filter((request) => request.path.toLowerCase() === '/api/tickets')
    expect(pages.every((request) => request.query.pageinate === 'true')).toBe(true)
  })

  it('sends raw PUT and PATCH with their own methods', async () => {
    const halo = mockClient()
    // Halo has no PUT or PATCH routes: the point is that the method reaches the server unchanged.
    await expect(halo.put('/Tickets', [{ id: seed.ticketId }])).rejects.toBeInstanceOf(HaloResourceNotFound)
    await expect(halo.patch('/Tickets', [{ id: seed.ticketId }])).rejects.toBeInstanceOf(HaloResourceNotFound)
    expect(mock.requests.map((request) => request.method)).toEqual(expect.arrayContaining(['PUT', 'PATCH']))
  })
})

describe('new HaloClient(options)', () => {
  it('explains missing credentials when neither clientId/clientSecret nor auth is given', () => {
    expect(() => new HaloClient({ baseUrl: BASE_URL })).toThrow(/clientId and clientSecret/)
    expect(() => new HaloClient({ baseUrl: BASE_URL, clientId: 'x' })).toThrow(/Missing option clientSecret/)
  })

  it('accepts a custom token provider instead of client credentials', async () => {
    const token = mock.issueToken()
    const halo = new HaloClient({
      baseUrl: BASE_URL,
      rateLimit: false,
      auth: {
        type: 'provider',
        getToken: async () => ({ accessToken: token, expiresAt: Date.now() + 60_000 }),
      },
    })
    expect((await halo.tickets.get(seed.ticketId)).id).toBe(seed.ticketId)
    expect(mock.requests.some((request) => request.operation === 'POST /auth/token')).toBe(false)
  })

  // Importing every domain package's schema modules is one-time work (the largest modules of the
  // repository), done here under its own generous timeout: on a loaded 2-core machine it has taken
  // more than 5 s. The test itself then times only the validation it proves.
  beforeAll(async () => {
    await loadAllSchemas()
  }, 60_000)

  it("validates responses with every domain package's schemas when validate is 'strict'", async () => {
    const corrupt = rewritingFetch((url, body) =>
      url.pathname.toLowerCase() === `/api/tickets/${seed.ticketId}`
        ? { ...(body as object), summary: 42 }
        : body,
    )
    const strict = mockClient({ validate: 'strict', fetch: corrupt })
    const error = await strict.tickets.get(seed.ticketId).catch((caught: unknown) => caught)
    expect(isHaloValidationError(error)).toBe(true)
    expect((error as HaloValidationError).source).toBe('schema')
    expect(Object.keys((error as HaloValidationError).errors ?? {})).toContain('summary')
    // An entity of another package (assets) is checked too.
    const corruptAsset = rewritingFetch((url, body) =>
      url.pathname.toLowerCase() === `/api/asset/${seed.assetId}`
        ? { ...(body as object), inventory_number: 7 }
        : body,
    )
    await expect(
      mockClient({ validate: 'strict', fetch: corruptAsset }).assets.get(seed.assetId),
    ).rejects.toBeInstanceOf(HaloValidationError)
    // Off (the default) lets the same data through.
    const off = mockClient({ fetch: corrupt })
    expect((await off.tickets.get(seed.ticketId)).summary).toBe(42)
  })

  it("warns instead of throwing under validate: 'warn'", async () => {
    const warnings: string[] = []
    const corrupt = rewritingFetch((url, body) =>
      url.pathname.toLowerCase() === `/api/tickets/${seed.ticketId}`
        ? { ...(body as object), summary: 42 }
        : body,
    )
    const halo = mockClient({
      validate: 'warn',
      fetch: corrupt,
      logger: { warn: (message: string) => warnings.push(message) },
    })
    await halo.tickets.get(seed.ticketId)
    expect(warnings.join('\n')).toMatch(/summary/)
  })

  it("keeps the caller's own schema for an entity over the packaged one", async () => {
    const { any } = await import('valibot')
    const corrupt = rewritingFetch((url, body) =>
      url.pathname.toLowerCase() === `/api/tickets/${seed.ticketId}`
        ? { ...(body as object), summary: 42 }
        : body,
    )
    const halo = mockClient({ validate: 'strict', fetch: corrupt, schemas: { Faults: any() } })
    expect((await halo.tickets.get(seed.ticketId)).summary).toBe(42)
  })
})

describe('HaloClient.fromEnv', () => {
  const env = {
    HALO_BASE_URL: BASE_URL,
    HALO_CLIENT_ID: mockCredentials.clientId,
    HALO_CLIENT_SECRET: mockCredentials.clientSecret,
  }

  it('reads HALO_* variables and connects', async () => {
    const halo = HaloClient.fromEnv(env, { rateLimit: false })
    expect(halo).toBeInstanceOf(HaloClient)
    expect(halo.apiUrl).toBe(createHaloCore.fromEnv(env).apiUrl)
    expect((await halo.users.getMe()).id).toBe(seed.userId)
  })

  it('passes HALO_TENANT and HALO_AUTH_URL to the token request', async () => {
    const halo = HaloClient.fromEnv(
      { ...env, HALO_TENANT: 'acme', HALO_AUTH_URL: `${BASE_URL}/auth`, HALO_SCOPE: 'all' },
      { rateLimit: false },
    )
    await halo.getAccessToken()
    const tokenRequest = mock.requests.find((request) => request.operation === 'POST /auth/token')
    expect(tokenRequest?.query.tenant).toBe('acme')
    expect(mock.requests.some((request) => request.path.toLowerCase() === '/api/authinfo')).toBe(false)
  })

  it('names every missing variable in one error', () => {
    expect(() => HaloClient.fromEnv({})).toThrow(/HALO_BASE_URL, HALO_CLIENT_ID, HALO_CLIENT_SECRET/)
    expect(() => HaloClient.fromEnv({ HALO_BASE_URL: BASE_URL, HALO_CLIENT_ID: 'id' })).toThrow(
      /Missing environment variable: HALO_CLIENT_SECRET\./,
    )
  })

  it('reads process.env by default', () => {
    const saved = { ...process.env }
    try {
      Object.assign(process.env, env)
      expect(HaloClient.fromEnv().apiUrl).toBe(`${BASE_URL}/api`)
    } finally {
      for (const name of Object.keys(env)) delete process.env[name]
      Object.assign(process.env, saved)
    }
  })
})
