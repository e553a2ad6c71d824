// Real sockets, real fetch (no msw here): two loopback servers are two origins.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHaloCore } from '../../src/index.js'
import { CANARY_SECRET, CANARY_TOKEN } from '../support/halo-server.js'

interface Received {
  readonly server: 'halo' | 'other'
  readonly url: string
  readonly headers: IncomingHttpHeaders
}

const received: Received[] = []
let halo: Server
let other: Server
let haloUrl = ''
let otherUrl = ''

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))
  })
}

beforeAll(async () => {
  other = createServer((request, response) => {
    received.push({ server: 'other', url: request.url ?? '', headers: request.headers })
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"from":"other"}')
  })
  otherUrl = await listen(other)
  halo = createServer((request, response) => {
    received.push({ server: 'halo', url: request.url ?? '', headers: request.headers })
    if (request.url === '/auth/token') {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ access_token: CANARY_TOKEN, token_type: 'Bearer', expires_in: 3600 }))
    } else if (request.url === '/api/Attachment/1') {
      response.writeHead(302, { location: `${otherUrl}/blob/1` }).end()
    } else if (request.url === '/api/Moved') {
      response.writeHead(308, { location: '/api/Here' }).end()
    } else {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"from":"halo"}')
    }
  })
  haloUrl = await listen(halo)
})

afterAll(async () => {
  await Promise.all([halo, other].map((server) => new Promise((resolve) => server.close(resolve))))
})

describe('redirects over real sockets (Node fetch)', () => {
  it('the bearer token and caller headers stay on the instance’s origin', async () => {
    const core = createHaloCore({
      baseUrl: haloUrl,
      clientId: 'loopback',
      clientSecret: CANARY_SECRET,
      authUrl: `${haloUrl}/auth`,
      rateLimit: false,
      retry: false,
      headers: { 'x-tenant-key': 'meant-for-halo', cookie: 'session=halo' },
    })
    await expect(core.get('/Attachment/1')).resolves.toEqual({ from: 'other' })
    await expect(core.get('/Moved')).resolves.toEqual({ from: 'halo' })
    const toOther = received.filter((entry) => entry.server === 'other')
    expect(toOther).toHaveLength(1)
    expect(toOther[0]?.headers.authorization).toBeUndefined()
    expect(toOther[0]?.headers['x-tenant-key']).toBeUndefined()
    expect(toOther[0]?.headers.cookie).toBeUndefined()
    expect(JSON.stringify(toOther)).not.toContain(CANARY_TOKEN)
    const sameOrigin = received.find((entry) => entry.url === '/api/Here')
    expect(sameOrigin?.headers.authorization).toBe(`Bearer ${CANARY_TOKEN}`)
  })
})
