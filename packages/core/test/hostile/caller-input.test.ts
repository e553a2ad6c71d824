// A caller's own mistake (a body on a GET, a header fetch refuses, a path with control characters,
// a body that cannot be serialised faithfully) is a TypeError thrown before anything is sent: never
// a "check DNS" connection error, never retried, never counted against the host's circuit.
import { describe, expect, it } from 'vitest'
import { isHaloConnectionError, isHaloError, type OperationDescriptor } from '../../src/index.js'
import { CANARY_TOKEN, stubCore, stubHalo } from './support/stub-halo.js'

const ok = () => stubHalo(() => Response.json({ ok: true }))

const getTicket: OperationDescriptor = {
  name: 'getTicket',
  method: 'GET',
  path: '/Tickets/{id}',
  tag: 'Tickets',
  pathParams: { id: 'integer' },
}
const deleteTicket: OperationDescriptor = {
  name: 'deleteTicket',
  method: 'DELETE',
  path: '/Tickets/{id}',
  tag: 'Tickets',
  pathParams: { id: 'integer' },
}

async function typeErrorOf(call: () => Promise<unknown>): Promise<TypeError> {
  const error = await call().catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(TypeError)
  expect(isHaloError(error)).toBe(false)
  return error as TypeError
}

describe('caller input is checked before sending', () => {
  it('a body on a GET or DELETE operation that takes none is a TypeError naming body', async () => {
    const stub = ok()
    const core = stubCore(stub)
    const onGet = await typeErrorOf(() => core.request(getTicket, { id: 5, body: { x: 1 } }))
    expect(onGet.message).toMatch(/body/)
    expect(onGet.message).toMatch(/getTicket/)
    await typeErrorOf(() => core.request(deleteTicket, { id: 5, body: { x: 1 } }))
    expect(stub.requests).toHaveLength(0)
    expect(stub.tokenRequests).toHaveLength(0)
  })

  for (const [what, headers] of [
    ['a CRLF in a header value', { 'x-note': 'a\r\nx-injected: 1' }],
    ['a non-Latin-1 header value', { 'x-note': 'héllo ✓' }],
    ['an invalid header name', { 'bad name': 'x' }],
  ] as const) {
    it(`${what} is a TypeError naming the header, and is not retried`, async () => {
      const stub = ok()
      const error = await typeErrorOf(() => stubCore(stub).get('/Tickets', { headers }))
      expect(error.message).toMatch(/header/)
      expect(stub.requests).toHaveLength(0)
    })
  }

  it('client-wide headers with a CRLF fail at construction, naming the option', () => {
    expect(() => stubCore(ok(), { headers: { 'x-app': 'a\r\nb' } })).toThrow(/headers/)
  })

  it('ten rejected calls do not open the circuit: the next valid call goes through', async () => {
    const stub = ok()
    const core = stubCore(stub, { circuitBreaker: { failureThreshold: 3, cooldownMs: 30_000 } })
    for (let index = 0; index < 10; index++)
      await typeErrorOf(() => core.get('/Tickets', { headers: { 'x-note': 'a\nb' } }))
    await expect(core.get('/Tickets')).resolves.toEqual({ ok: true })
  })

  it('a local rejection by fetch itself is a TypeError, not retried and not counted by the breaker', async () => {
    // A descriptor that declares a body on a GET gets past the operation check; fetch's own checks
    // (run by the double, as a real fetch runs them) refuse it before anything is sent.
    const getWithBody: OperationDescriptor = { ...getTicket, name: 'oddSearch', body: 'json' }
    let attempts = 0
    const stub = ok()
    const counting = (async (input: string | URL | Request, init?: RequestInit) => {
      if (!String(input).includes('/auth/')) attempts += 1
      return stub.fetch(input, init)
    }) as typeof fetch
    const core = stubCore(stub, {
      fetch: counting,
      circuitBreaker: { failureThreshold: 2, cooldownMs: 30_000 },
    })
    for (let index = 0; index < 5; index++) {
      const error = await typeErrorOf(() => core.request(getWithBody, { id: 5, body: { x: 1 } }))
      expect(error.message).toMatch(/before sending/)
      expect(isHaloConnectionError(error)).toBe(false)
    }
    expect(attempts).toBe(5)
    await expect(core.get('/Tickets')).resolves.toEqual({ ok: true })
  })

  it('an access token that cannot go in a header is refused as the token endpoint’s fault, never sent', async () => {
    const stub = stubHalo(
      () => Response.json({ ok: true }),
      () => Response.json({ access_token: `${CANARY_TOKEN}\r\nx-injected: 1`, expires_in: 3600 }),
    )
    const error = await stubCore(stub, { retry: false })
      .get('/Tickets')
      .catch((caught: unknown) => caught)
    expect(isHaloError(error)).toBe(true)
    expect(isHaloConnectionError(error)).toBe(false)
    expect(String((error as Error).message)).toMatch(/access_token/)
    expect(JSON.stringify(error)).not.toContain(CANARY_TOKEN)
    expect(stub.requests).toHaveLength(0)
  })
})

describe('raw paths', () => {
  for (const path of [
    '/.\r./Users/1',
    '/.\t./Users/1',
    '/.\n./Users/1',
    '/Tickets\u0000',
    '/Tickets?x=\r\n',
  ]) {
    it(`refuses a control character: ${JSON.stringify(path)}`, async () => {
      const stub = ok()
      const error = await typeErrorOf(() => stubCore(stub).get(path))
      expect(error.message).toMatch(/control character/)
      expect(stub.requests).toHaveLength(0)
    })
  }

  it('refuses a path that starts with /api/, saying to drop it', async () => {
    const stub = ok()
    const error = await typeErrorOf(() => stubCore(stub).get('/api/Tickets'))
    expect(error.message).toMatch(/relative to \/api/)
    expect(error.message).toContain("'/Tickets'")
    await typeErrorOf(() => stubCore(stub).get('/API/Tickets'))
    await typeErrorOf(() => stubCore(stub).get('api/Tickets'))
    expect(stub.requests).toHaveLength(0)
    // A path that merely starts with the letters is fine.
    await expect(stubCore(stub).get('/apiKeys')).resolves.toEqual({ ok: true })
  })
})

describe('bodies that cannot be sent faithfully', () => {
  for (const [what, body, where] of [
    ['a Map', new Map([['summary', 'x']]), 'body is a Map'],
    ['a Set', new Set([1]), 'body is a Set'],
    ['a Map inside an array', [{ tags: new Map() }], 'body[0].tags is a Map'],
    ['a function', { summary: 'x', callback: () => 1 }, 'body.callback is a function'],
    ['a BigInt', { id: 10n }, 'body.id is a BigInt'],
    [
      'a Set deep in a record',
      [{ ok: 1 }, { custom: [{ values: new Set() }] }],
      'body[1].custom[0].values is a Set',
    ],
  ] as const) {
    it(`${what} is a TypeError naming where it is`, async () => {
      const stub = ok()
      const error = await typeErrorOf(() => stubCore(stub).post('/Tickets', body))
      expect(error.message).toContain(where)
      expect(stub.requests).toHaveLength(0)
    })
  }

  it('plain objects, arrays, dates and null still go', async () => {
    const stub = ok()
    await stubCore(stub).post('/Tickets', [{ summary: 'x', when: new Date(0), note: null }])
    expect(stub.requests[0]?.body).toBe('[{"summary":"x","when":"1970-01-01T00:00:00.000Z","note":null}]')
  })
})
