import { describe, expect, it } from 'vitest'
import { HaloWebhookPayloadError, verifyHaloWebhook } from '../src/index.js'
import { actionPayload, ticketPayload } from './support/deliveries.js'
import { verificationFailure } from './support/verification-failure.js'

const url = 'https://receiver.example.test/halo'
const password = 'b4sic-pw-Q9v!-made-up'
const basic = { username: 'halo', password }
const basicHeader = (user: string, pass: string) =>
  `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`
const post = (body: unknown, headers: Record<string, string>) =>
  new Request(url, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers })

describe('Basic authentication', () => {
  it('accepts the configured username and password', async () => {
    const event = await verifyHaloWebhook(
      post(ticketPayload('Ticket Updated'), { authorization: basicHeader('halo', password) }),
      { basic },
    )
    expect(event.type).toBe('ticket')
  })

  it('rejects a missing Authorization header', async () => {
    const error = await verificationFailure(verifyHaloWebhook(post(ticketPayload('x'), {}), { basic }))
    expect([error.check, error.failure]).toEqual(['basic', 'missing'])
  })

  it.each([
    ['a wrong password', basicHeader('halo', 'guess-Password-1')],
    ['a wrong username', basicHeader('root', password)],
  ])('rejects %s without saying which part or echoing it', async (_, header) => {
    const error = await verificationFailure(
      verifyHaloWebhook(post(ticketPayload('x'), { authorization: header }), { basic }),
    )
    expect(error.failure).toBe('mismatch')
    expect(error.message).toBe(
      'Basic authentication failed: the username or password does not match the configured ones',
    )
  })

  it('rejects a bearer token as malformed Basic credentials', async () => {
    const error = await verificationFailure(
      verifyHaloWebhook(post(ticketPayload('x'), { authorization: 'Bearer abc.def' }), { basic }),
    )
    expect(error.failure).toBe('malformed')
  })
})

describe('custom header', () => {
  const header = { name: 'X-Halo-Webhook-Key', value: 'hdr-key-5mT8-made-up' }

  it('accepts the configured value, the name in any case', async () => {
    const event = await verifyHaloWebhook(
      post(actionPayload('Action Added'), { 'x-halo-webhook-key': header.value }),
      { header },
    )
    expect(event.type).toBe('action')
    expect(event.action?.note).toBe('Rebooted the router')
  })

  it('rejects a missing header, naming it', async () => {
    const error = await verificationFailure(verifyHaloWebhook(post(ticketPayload('x'), {}), { header }))
    expect(error.failure).toBe('missing')
    expect(error.message).toContain("'X-Halo-Webhook-Key'")
  })

  it('rejects a wrong value without echoing values', async () => {
    const error = await verificationFailure(
      verifyHaloWebhook(post(ticketPayload('x'), { 'X-Halo-Webhook-Key': 'nope-wrong-key' }), { header }),
    )
    expect(error.failure).toBe('mismatch')
    expect(error.message).not.toContain(header.value)
    expect(error.message).not.toContain('nope-wrong-key')
  })

  it('needs every configured check to pass', async () => {
    const both = { basic, header }
    const error = await verificationFailure(
      verifyHaloWebhook(post(ticketPayload('x'), { authorization: basicHeader('halo', password) }), both),
    )
    expect(error.check).toBe('header')
  })
})

describe('configuration and body', () => {
  it('refuses options without any check', () => {
    expect(() => verifyHaloWebhook(post('{}', {}), {})).toThrow('at least one of basic, header or hmac')
  })

  it('reports malformed JSON as a 400 payload error after the checks pass', async () => {
    const error = await verifyHaloWebhook(
      post('{"event": "x",', { authorization: basicHeader('halo', password) }),
      { basic },
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HaloWebhookPayloadError)
    expect((error as HaloWebhookPayloadError).status).toBe(400)
    expect((error as Error).message).toMatch(/^The delivery body is not valid JSON \(/)
  })

  it('reports a body over maxBodyBytes as 413', async () => {
    const big = JSON.stringify(ticketPayload('x', { details: 'y'.repeat(5000) }))
    const error = await verifyHaloWebhook(post(big, { authorization: basicHeader('halo', password) }), {
      basic,
      maxBodyBytes: 1000,
    }).catch((e: unknown) => e)
    expect((error as HaloWebhookPayloadError).status).toBe(413)
  })

  it('delivers an event-information-only payload, a custom one and an array as unknown events', async () => {
    const headers = { authorization: basicHeader('halo', password) }
    const info = await verifyHaloWebhook(
      post({ id: 'b6b1', event: 'Ticket Closed', object_id: 77 }, headers),
      { basic },
    )
    expect([info.type, info.key, info.objectId]).toEqual(['unknown', 'ticket closed', 77])
    const custom = await verifyHaloWebhook(post({ my_ticket_no: 5, colour: 'red' }, headers), { basic })
    expect([custom.type, custom.name, custom.payload.colour]).toEqual(['unknown', '', 'red'])
    const batch = await verifyHaloWebhook(post([{ event: 'a' }, { event: 'b' }], headers), { basic })
    expect(batch.type).toBe('unknown')
    expect(batch.json).toEqual([{ event: 'a' }, { event: 'b' }])
  })
})
