// toNodeListener beyond the plain case: a streamed (chunked) body over the limit, and the bodies an
// Express middleware may have left (raw bytes kept, or JSON already parsed), over real node:http.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { listen } from '@halo/test-support/http-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createWebhookHandler,
  type HaloWebhookEvent,
  signHaloDelivery,
  toNodeListener,
} from '../src/index.js'
import { ticketPayload } from './support/deliveries.js'

const hmac = { secret: 'listener-secret-made-up' }
const received: HaloWebhookEvent[] = []
const listener = toNodeListener(
  createWebhookHandler({
    verify: { hmac, maxBodyBytes: 4096 },
    on: { '*': (event) => void received.push(event) },
  }),
)

/** Reads the body first, as express.raw() or express.json() would, then hands over. */
function withMiddleware(kind: 'raw' | 'json') {
  return async (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    req.body = kind === 'raw' ? raw : JSON.parse(raw.toString('utf8'))
    listener(req, res)
  }
}

let plain: Awaited<ReturnType<typeof listen>>
let raw: Awaited<ReturnType<typeof listen>>
let parsed: Awaited<ReturnType<typeof listen>>
beforeAll(async () => {
  plain = await listen(listener)
  raw = await listen((req, res) => void withMiddleware('raw')(req, res))
  parsed = await listen((req, res) => void withMiddleware('json')(req, res))
})
afterAll(() => Promise.all([plain.close(), raw.close(), parsed.close()]))

describe('toNodeListener', () => {
  it('cuts a chunked body off at maxBodyBytes (413) though no Content-Length announced it', async () => {
    const { headers } = await signHaloDelivery({}, { hmac })
    const chunk = new TextEncoder().encode('x'.repeat(1024))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 64) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const init: RequestInit & { duplex: 'half' } = { method: 'POST', headers, body, duplex: 'half' }
    const response = await fetch(`${plain.url}/halo`, init)
    expect(response.status).toBe(413)
    expect(((await response.json()) as { error: string }).error).toContain('larger than 4096 bytes')
  })

  it('uses the raw bytes express.raw() kept', async () => {
    const { body, headers } = await signHaloDelivery(ticketPayload('Ticket Updated', { id: 808 }), { hmac })
    const response = await fetch(`${raw.url}/halo`, { method: 'POST', headers, body })
    expect(response.status).toBe(200)
    expect(received.at(-1)?.ticket?.id).toBe(808)
  })

  it('answers 500 saying what to change when express.json() already parsed the body', async () => {
    const { body, headers } = await signHaloDelivery(ticketPayload('Ticket Updated'), { hmac })
    const response = await fetch(`${parsed.url}/halo`, { method: 'POST', headers, body })
    expect(response.status).toBe(500)
    expect(((await response.json()) as { error: string }).error).toContain('express.raw')
  })
})
