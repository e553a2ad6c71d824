// The same handler mounted in Hono, served by @hono/node-server, reached over loopback HTTP.
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWebhookHandler, type HaloWebhookEvent, signHaloDelivery } from '../src/index.js'
import { ticketPayload } from './support/deliveries.js'

const basic = { username: 'halo', password: 'hono-basic-pw-made-up' }
const received: HaloWebhookEvent[] = []
let base = ''
let close: () => Promise<void> = async () => undefined

beforeAll(async () => {
  const handler = createWebhookHandler({
    verify: { basic },
    on: { 'New Ticket Logged': (event) => void received.push(event) },
    dedupe: true,
  })
  const app = new Hono()
  app.post('/hooks/halo', (c) => handler(c.req.raw))
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      base = `http://127.0.0.1:${info.port}`
      resolve()
    })
    close = () => new Promise((done) => server.close(() => done()))
  })
})
afterAll(() => close())

describe('createWebhookHandler in Hono', () => {
  it('receives a Basic-authenticated delivery as a typed ticket event, once', async () => {
    const { body, headers } = await signHaloDelivery(
      ticketPayload('New Ticket Logged', { id: 31, summary: 'Laptop' }),
      { basic },
    )
    const first = await fetch(`${base}/hooks/halo`, { method: 'POST', headers, body })
    const again = await fetch(`${base}/hooks/halo`, { method: 'POST', headers, body })
    expect([first.status, again.status]).toEqual([200, 200])
    expect(await again.json()).toEqual({ ok: true, duplicate: true })
    expect(received).toHaveLength(1)
    expect(received[0]?.type === 'ticket' && received[0].ticket.summary).toBe('Laptop')
  })

  it('answers 401 with the check that failed', async () => {
    const { body, headers } = await signHaloDelivery(ticketPayload('New Ticket Logged'), {
      basic: { username: 'halo', password: 'wrong-password' },
    })
    const response = await fetch(`${base}/hooks/halo`, { method: 'POST', headers, body })
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      check: 'basic',
      error: 'Basic authentication failed: the username or password does not match the configured ones',
    })
  })
})
