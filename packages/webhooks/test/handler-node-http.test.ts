// The handler behind a real node:http server (toNodeListener), reached with real HTTP requests.

import { listen } from '@halo/test-support/http-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createWebhookHandler,
  type HaloWebhookEvent,
  signHaloDelivery,
  toNodeListener,
} from '../src/index.js'
import { ticketPayload } from './support/deliveries.js'

const hmac = { secret: 'node-http-secret-7Hq-made-up', prefix: 'sha256=' }
const seen: HaloWebhookEvent[] = []
let failNext = 0
let server: Awaited<ReturnType<typeof listen>>
const errors: unknown[] = []

beforeAll(async () => {
  const handler = createWebhookHandler({
    verify: { hmac, maxBodyBytes: 64 * 1024 },
    dedupe: true,
    on: {
      'ticket status changed': async (event) => {
        if (failNext > 0) {
          failNext--
          throw new Error('database is down')
        }
        seen.push(event)
      },
      '*': (event) => {
        if (event.key !== 'ticket status changed') seen.push(event)
      },
    },
    onError: (error) => errors.push(error),
  })
  server = await listen(toNodeListener(handler))
})
afterAll(() => server.close())

async function deliver(payload: unknown, tamper?: (body: string) => string) {
  const { body, headers } = await signHaloDelivery(payload, { hmac })
  const response = await fetch(`${server.url}/halo`, {
    method: 'POST',
    headers,
    body: tamper ? tamper(body) : body,
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

describe('createWebhookHandler over node:http', () => {
  it('answers 200 once the handler ran, with the typed ticket', async () => {
    const before = seen.length
    const result = await deliver(ticketPayload('Ticket Status Changed', { id: 101, status_id: 9 }))
    expect(result).toEqual({ status: 200, json: { ok: true, handled: 2 } })
    const event = seen.at(before)
    expect(event?.type === 'ticket' && [event.ticket.id, event.ticket.status_id]).toEqual([101, 9])
  })

  it('answers 401 naming the failed check for a tampered body, and runs nothing', async () => {
    const before = seen.length
    const result = await deliver(ticketPayload('Ticket Status Changed'), (body) => body.replace('VPN', 'DNS'))
    expect(result.status).toBe(401)
    expect(result.json.check).toBe('hmac')
    expect(String(result.json.error)).toContain('does not match the body')
    expect(String(result.json.error)).not.toContain(hmac.secret)
    expect(seen.length).toBe(before)
  })

  it('answers 500 when a handler throws, then handles the redelivery once', async () => {
    const payload = ticketPayload('ticket status changed', { id: 202 })
    failNext = 1
    const first = await deliver(payload)
    expect(first.status).toBe(500)
    expect(first.json.error).toBe("A handler failed for event 'ticket status changed'; Halo will retry it")
    expect(errors.at(-1)).toEqual(new Error('database is down'))
    const retry = await deliver(payload)
    const duplicate = await deliver(payload)
    expect([retry.status, duplicate.status]).toEqual([200, 200])
    expect(duplicate.json).toEqual({ ok: true, duplicate: true })
    expect(seen.filter((e) => e.ticket?.id === 202)).toHaveLength(1)
  })

  it('delivers unknown events to * instead of dropping them', async () => {
    const result = await deliver({ id: 'c0ffee', event: 'Asset Warranty Expiring', object_id: 9001 })
    expect(result.status).toBe(200)
    expect(seen.at(-1)).toMatchObject({ type: 'unknown', name: 'Asset Warranty Expiring', objectId: 9001 })
  })

  it('answers 400 for malformed JSON, 413 over the size limit and 405 for GET', async () => {
    const { headers } = await signHaloDelivery({}, { hmac })
    const notJson = '{"event":"x",'
    const signed = await signHaloDelivery(null, { hmac })
    const bad = await fetch(`${server.url}/halo`, {
      method: 'POST',
      headers: { ...headers, 'X-Halo-Signature': await signatureOf(notJson) },
      body: notJson,
    })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: string }).error).toMatch(/not valid JSON/)
    const big = await deliver(ticketPayload('x', { details: 'z'.repeat(70 * 1024) }))
    expect(big.status).toBe(413)
    const get = await fetch(`${server.url}/halo`, { headers: signed.headers })
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST'])
  })
})

async function signatureOf(body: string): Promise<string> {
  const { createHmac } = await import('node:crypto')
  return `sha256=${createHmac('sha256', hmac.secret).update(body).digest('hex')}`
}
