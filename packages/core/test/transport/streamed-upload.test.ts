import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createHaloCore } from '../../src/index.js'

// Over a real socket with Node's own fetch (no msw): Node refuses a streamed request body unless
// the request says `duplex: 'half'`, which the transport must add itself.
let server: http.Server
let baseUrl: string

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ received: Buffer.concat(chunks).toString('utf8') }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

it('sends a ReadableStream body through the real fetch', async () => {
  const core = createHaloCore({
    baseUrl,
    auth: { type: 'provider', getToken: async () => ({ accessToken: 't', expiresAt: Date.now() + 60_000 }) },
    rateLimit: false,
  })
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('first part, '))
      controller.enqueue(encoder.encode('second part'))
      controller.close()
    },
  })
  expect(await core.post('/Attachment', body)).toEqual({ received: 'first part, second part' })
})

it('a cause that ends its own sentence is not given a second full stop', async () => {
  const core = createHaloCore({
    baseUrl,
    auth: { type: 'provider', getToken: async () => ({ accessToken: 't', expiresAt: Date.now() + 60_000 }) },
    rateLimit: false,
    retry: false,
    fetch: async () => {
      throw new TypeError('fetch failed', { cause: new Error('socket hang up.') })
    },
  })
  const error = await core.get('/Tickets').catch((caught: unknown) => caught)
  expect((error as Error).message).toContain('could not reach Halo: socket hang up. Check baseUrl')
})
