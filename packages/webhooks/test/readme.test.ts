// The README's examples, run as written (environment variables given explicitly, ports chosen by
// the kernel, sends to the simulated Halo or a loopback receiver).
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHaloCore } from '@halo/core'
import { createHaloMock, mockCredentials, startHaloMock } from '@halo/mock'
import { listen } from '@halo/test-support/http-server'
import { tickets } from '@halo/tickets'
import { Redis } from 'ioredis'
import { describe, expect, it, vi } from 'vitest'
import {
  createRedisDedupeStore,
  createWebhookHandler,
  listWebhooks,
  registerWebhook,
  signHaloDelivery,
  simulateWebhookDelivery,
  toNodeListener,
} from '../src/index.js'
import { redisAvailable, redisUrl, uniquePrefix } from './redis/redis-context.js'
import { ticketPayload } from './support/deliveries.js'

const env = { HALO_WEBHOOK_PASSWORD: 'readme-pw-made-up', HALO_WEBHOOK_SECRET: 'readme-secret-made-up' }

describe('README', () => {
  it('Receive: a Fetch handler with named and * handlers and in-memory dedupe', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const handler = createWebhookHandler({
      verify: { basic: { username: 'halo', password: env.HALO_WEBHOOK_PASSWORD ?? '' } },
      on: {
        'New Ticket Logged': async (event) => {
          if (event.type === 'ticket') console.log('new ticket', event.ticket.id, event.ticket.summary)
        },
        '*': async (event) => console.log('event', event.name, event.objectId),
      },
      dedupe: true,
    })
    const { body, headers } = await signHaloDelivery(
      ticketPayload('New Ticket Logged', { id: 77, summary: 'Toner' }),
      {
        basic: { username: 'halo', password: env.HALO_WEBHOOK_PASSWORD },
      },
    )
    const send = () =>
      handler(new Request('https://hooks.example.test/halo', { method: 'POST', headers, body }))
    expect((await send()).status).toBe(200)
    expect(await (await send()).json()).toEqual({ ok: true, duplicate: true })
    expect(log.mock.calls).toEqual([
      ['new ticket', 77, 'Toner'],
      ['event', 'New Ticket Logged', 77],
    ])
    log.mockRestore()
  })

  it('Receive: node:http through toNodeListener with an HMAC check, tried with simulateWebhookDelivery', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const handler = createWebhookHandler({
      verify: {
        hmac: { secret: env.HALO_WEBHOOK_SECRET ?? '', header: 'X-Halo-Signature', prefix: 'sha256=' },
      },
      on: { '*': (event) => console.log(event.name) },
    })
    const server = createServer(toNodeListener(handler)).listen(0, '127.0.0.1')
    await once(server, 'listening')
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/halo`
    try {
      const result = await simulateWebhookDelivery({
        url,
        event: 'New Ticket Logged',
        auth: { hmac: { secret: env.HALO_WEBHOOK_SECRET, prefix: 'sha256=' } },
      })
      expect([result.status, result.responseBody]).toEqual([200, '{"ok":true,"handled":1}'])
      expect(result.sent.headerNames).toEqual(['Content-Type', 'X-Halo-Signature'])
      const unsigned = await simulateWebhookDelivery({ url, event: 'New Ticket Logged' })
      expect(unsigned.status).toBe(401)
      expect(log.mock.calls).toEqual([['New Ticket Logged']])
    } finally {
      server.close()
      log.mockRestore()
    }
  })

  it.skipIf(!redisAvailable)('Once: the Redis dedupe store', async () => {
    const redis = new Redis(redisUrl)
    try {
      const handler = createWebhookHandler({
        verify: { basic: { username: 'halo', password: env.HALO_WEBHOOK_PASSWORD ?? '' } },
        on: { '*': async () => undefined },
        dedupe: createRedisDedupeStore(redis, { prefix: uniquePrefix('readme') }),
      })
      const { body, headers } = await signHaloDelivery(ticketPayload('Ticket Updated'), {
        basic: { username: 'halo', password: env.HALO_WEBHOOK_PASSWORD },
      })
      const first = await handler(new Request('https://h.example.test/', { method: 'POST', headers, body }))
      const second = await handler(new Request('https://h.example.test/', { method: 'POST', headers, body }))
      expect([await first.json(), await second.json()]).toEqual([
        { ok: true, handled: 1 },
        { ok: true, duplicate: true },
      ])
    } finally {
      await redis.quit()
    }
  })

  it('Set up from code: registerWebhook and listWebhooks with createHaloCore.fromEnv', async () => {
    const halo = await startHaloMock()
    try {
      const core = createHaloCore.fromEnv({
        HALO_BASE_URL: halo.url,
        HALO_CLIENT_ID: mockCredentials.clientId,
        HALO_CLIENT_SECRET: mockCredentials.clientSecret,
      })
      const { webhook, secret, verify } = await registerWebhook(core, {
        url: 'https://hooks.example.com/halo',
        events: ['New Ticket Logged', 'Ticket Status Changed'],
        auth: { type: 'basic' },
      })
      expect(verify).toEqual({ basic: { username: 'halo', password: secret } })
      expect(webhook.events).toEqual(['New Ticket Logged', 'Ticket Status Changed'])
      expect((await listWebhooks(core)).length).toBe(1)
    } finally {
      await halo.close()
    }
  })

  it('Try a receiver: the mock signs its deliveries when told to', async () => {
    const mock = createHaloMock({ webhooks: { signing: { secret: 'test-secret', prefix: 'sha256=' } } })
    const core = createHaloCore({
      baseUrl: 'https://halo.example.test',
      ...mockCredentials,
      fetch: (input, init) => mock.handle(new Request(input, init)),
    })
    const received: string[] = []
    const handler = createWebhookHandler({
      verify: { hmac: { secret: 'test-secret', prefix: 'sha256=' } },
      on: { '*': (event) => void received.push(event.name) },
    })
    const receiver = await listen(toNodeListener(handler))
    try {
      await registerWebhook(core, {
        url: `${receiver.url}/`,
        events: ['New Ticket Logged'],
      })
      await tickets(core).create({ summary: 'Signed by the mock', tickettype_id: 1 })
      await mock.webhooks.settled()
      expect(mock.webhooks.attempts.map((a) => a.status)).toEqual([200])
      expect(received).toEqual(['New Ticket Logged'])
    } finally {
      await receiver.close()
    }
  })
})
