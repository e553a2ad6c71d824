import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createHaloMock, type HaloMockOptions, seed } from '../src/index.js'

interface Received {
  url: string
  headers: Headers
  body: Record<string, unknown>
}

/** A mock whose deliveries go to an in-memory receiver answering with the given statuses in turn. */
function setup(
  statuses: number[] = [],
  options: Omit<HaloMockOptions, 'webhooks'> & { signing?: { secret: string; prefix?: string } } = {},
) {
  const received: Received[] = []
  const mock = createHaloMock({
    ...options,
    webhooks: {
      ...(options.signing ? { signing: options.signing } : {}),
      fetch: async (input, init) => {
        const request = new Request(input, init)
        received.push({
          url: request.url,
          headers: request.headers,
          body: (await request.json()) as Record<string, unknown>,
        })
        return new Response(null, { status: statuses.shift() ?? 200 })
      },
    },
  })
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await mock.handle(
      new Request(`https://halo.example.test/api${path}`, {
        method,
        headers: { authorization: `Bearer ${mock.issueToken()}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    )
    return { status: response.status, json: (await response.json()) as Record<string, unknown> }
  }
  return { mock, received, call }
}

const basicWebhook = {
  name: 'receiver',
  url: 'https://receiver.example.test/halo',
  type: 0,
  authentication_type: 1,
  basic_username: 'halo',
  basic_password: 'mock-basic-pw-made-up',
  events: [{ name: 'New Ticket Logged' }, { name: 'ticket status changed' }],
}

describe('mock webhooks', () => {
  it('keeps POST /Webhook records under GUID ids and never answers their credentials', async () => {
    const { call } = setup()
    const created = await call('POST', '/Webhook', [basicWebhook])
    expect(created.status).toBe(201)
    expect(created.json.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(created.json).not.toHaveProperty('basic_password')
    const listed = await call('GET', '/Webhook')
    expect(listed.json).toEqual([created.json])
    expect((await call('DELETE', `/Webhook/${String(created.json.id)}`)).status).toBe(200)
    expect((await call('GET', `/Webhook/${String(created.json.id)}`)).status).toBe(404)
  })

  it('delivers a new ticket with Basic authentication and Halo’s standard payload', async () => {
    const { mock, received, call } = setup()
    const webhook = await call('POST', '/Webhook', [basicWebhook])
    const ticket = await call('POST', '/Tickets', [
      { summary: 'Broken screen', tickettype_id: seed.ticketTypeId },
    ])
    await mock.webhooks.settled()
    expect(received).toHaveLength(1)
    const [delivery] = received
    expect(delivery?.url).toBe(basicWebhook.url)
    expect(delivery?.headers.get('authorization')).toBe(`Basic ${btoa('halo:mock-basic-pw-made-up')}`)
    expect(delivery?.body).toMatchObject({
      webhook_id: webhook.json.id,
      event: 'New Ticket Logged',
      object_id: ticket.json.id,
      ticket: { id: ticket.json.id, summary: 'Broken screen' },
    })
    expect(Object.keys(delivery?.body ?? {})).toEqual([
      'id',
      'webhook_id',
      'notification_id',
      'escmsg_id',
      'event',
      'message',
      'object_id',
      'agent_id',
      'timestamp',
      'ticket',
    ])
  })

  it('raises the status-changed event only when the status changes, and only to subscribers', async () => {
    const { mock, received, call } = setup()
    await call('POST', '/Webhook', [basicWebhook])
    await call('POST', '/Tickets', [{ id: seed.ticketId, summary: 'Renamed' }])
    await call('POST', '/Tickets', [{ id: seed.ticketId, status_id: seed.statusClosedId }])
    await mock.webhooks.settled()
    // 'Ticket Updated' is raised twice but nothing subscribes to it.
    expect(received.map((r) => [r.body.event, (r.body.ticket as { status_id: number }).status_id])).toEqual([
      ['Ticket Status Changed', seed.statusClosedId],
    ])
  })

  it('retries a delivery the receiver does not accept, with the same body', async () => {
    const { mock, received, call } = setup([500, 503])
    await call('POST', '/Webhook', [basicWebhook])
    await call('POST', '/Tickets', [{ summary: 'Retry me' }])
    await mock.webhooks.settled()
    expect(mock.webhooks.attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 500],
      [2, 503],
      [3, 200],
    ])
    expect(new Set(received.map((r) => JSON.stringify(r.body))).size).toBe(1)
  })

  it('sends a header line and an HMAC of the body when configured', async () => {
    const signing = { secret: 'mock-hmac-secret-made-up', prefix: 'sha256=' }
    const { mock, received, call } = setup([], { signing })
    await call('POST', '/Webhook', [
      { ...basicWebhook, authentication_type: 3, authentication_header: 'X-Halo-Webhook-Key: key-made-up' },
    ])
    await call('POST', '/Tickets', [{ summary: 'Signed' }])
    await mock.webhooks.settled()
    const delivery = received[0]
    expect(delivery?.headers.get('x-halo-webhook-key')).toBe('key-made-up')
    expect(delivery?.headers.get('authorization')).toBeNull()
    const body = JSON.stringify(delivery?.body)
    expect(delivery?.headers.get('x-halo-signature')).toBe(
      `sha256=${createHmac('sha256', signing.secret).update(body).digest('hex')}`,
    )
  })
})
