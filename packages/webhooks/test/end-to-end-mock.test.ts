// The whole loop against the simulated Halo: register a webhook through the API, change a ticket,
// receive the typed event in a real node:http receiver; a failing handler gets Halo's retry.

import { listen } from '@halo/test-support/http-server'
import { tickets } from '@halo/tickets'
import { afterAll, describe, expect, it } from 'vitest'
import {
  createWebhookHandler,
  type HaloWebhookEvent,
  type HaloWebhookHandler,
  registerWebhook,
  toNodeListener,
} from '../src/index.js'
import { simulatedHalo } from './support/halo.js'

let current: HaloWebhookHandler = async () => new Response(null, { status: 503 })
const receiver = await listen(toNodeListener((request) => current(request)))
afterAll(() => receiver.close())

describe('register, change a ticket, receive the typed event', () => {
  it('delivers New Ticket Logged and Ticket Status Changed as typed ticket events, once each', async () => {
    const { mock, core } = simulatedHalo()
    const { verify } = await registerWebhook(core, {
      url: `${receiver.url}/halo`,
      events: ['New Ticket Logged', 'Ticket Status Changed'],
    })
    const received: HaloWebhookEvent[] = []
    let failStatusOnce = true
    current = createWebhookHandler({
      verify,
      dedupe: true,
      on: {
        'new ticket logged': (event) => void received.push(event),
        'ticket status changed': (event) => {
          if (failStatusOnce) {
            failStatusOnce = false
            throw new Error('downstream system unavailable')
          }
          received.push(event)
        },
      },
    })

    const ticket = await tickets(core).create({ summary: 'Projector in room 4 flickers', tickettype_id: 1 })
    await mock.webhooks.settled()
    await tickets(core).update(Number(ticket.id), { status_id: 9 })
    await mock.webhooks.settled()

    expect(received.map((e) => [e.name, e.type, e.ticket?.id, e.ticket?.status_id])).toEqual([
      ['New Ticket Logged', 'ticket', ticket.id, ticket.status_id],
      ['Ticket Status Changed', 'ticket', ticket.id, 9],
    ])
    const created = received[0]
    expect(created?.type === 'ticket' && created.ticket.summary).toBe('Projector in room 4 flickers')
    // The failed attempt was answered 500, the simulated Halo retried, the retry was handled.
    expect(mock.webhooks.attempts.map((a) => [a.event, a.status])).toEqual([
      ['New Ticket Logged', 200],
      ['Ticket Status Changed', 500],
      ['Ticket Status Changed', 200],
    ])
  })

  it('rejects deliveries from a webhook registered with another secret (401, retried, never handled)', async () => {
    const { mock, core } = simulatedHalo({ webhooks: { attempts: 2 } })
    await registerWebhook(core, {
      url: `${receiver.url}/halo`,
      events: ['New Ticket Logged'],
      auth: { type: 'header' },
    })
    const received: HaloWebhookEvent[] = []
    current = createWebhookHandler({
      verify: { header: { name: 'X-Halo-Webhook-Key', value: 'a-different-key-made-up' } },
      on: { '*': (event) => void received.push(event) },
    })
    await tickets(core).create({ summary: 'Should not arrive', tickettype_id: 1 })
    await mock.webhooks.settled()
    expect(mock.webhooks.attempts.map((a) => a.status)).toEqual([401, 401])
    expect(received).toEqual([])
  })
})
