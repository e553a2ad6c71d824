import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { type HaloHmacOptions, signHaloDelivery, verifyHaloWebhook } from '../src/index.js'
import { ticketPayload } from './support/deliveries.js'
import { verificationFailure } from './support/verification-failure.js'

const secret = 'whk-7Zq2-not-a-real-secret-9xP'
const url = 'https://receiver.example.test/halo'

function post(body: string, headers: Record<string, string>): Request {
  return new Request(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  })
}

/** What Halo sends: the HMAC of the exact body bytes, written in `digest`, after `prefix`. */
function signedByNode(body: string, algorithm: string, digest: 'hex' | 'base64', key = secret): string {
  return createHmac(algorithm, key).update(Buffer.from(body, 'utf8')).digest(digest)
}

describe('HMAC signatures', () => {
  const body = JSON.stringify(ticketPayload('New Ticket Logged', { summary: 'Café printer – Zürich' }))

  it.each([
    ['sha256', 'hex', ''],
    ['sha256', 'base64', 'sha256='],
    ['sha1', 'hex', 'sha1='],
    ['sha512', 'base64', ''],
  ] as const)(
    'accepts %s/%s with prefix %j, signed over the raw UTF-8 body',
    async (algorithm, digest, prefix) => {
      const hmac: HaloHmacOptions = { secret, algorithm, digest, prefix, header: 'X-Hook-Signature' }
      const request = post(body, { 'X-Hook-Signature': prefix + signedByNode(body, algorithm, digest) })
      const event = await verifyHaloWebhook(request, { hmac })
      expect(event.type).toBe('ticket')
      expect(event.ticket?.summary).toBe('Café printer – Zürich')
      expect(event.rawBody).toBe(body)
    },
  )

  it('uses X-Halo-Signature, sha256 and hex when nothing else is configured', async () => {
    const event = await verifyHaloWebhook(
      post(body, { 'x-halo-signature': signedByNode(body, 'sha256', 'hex') }),
      {
        hmac: { secret },
      },
    )
    expect(event.name).toBe('New Ticket Logged')
  })

  it('matches signHaloDelivery, the builder the tests and the CLI share', async () => {
    const delivery = await signHaloDelivery(JSON.parse(body), { hmac: { secret, prefix: 'sha256=' } })
    expect(delivery.headers['X-Halo-Signature']).toBe(
      `sha256=${signedByNode(delivery.body, 'sha256', 'hex')}`,
    )
  })

  it('rejects a missing signature header, naming the header', async () => {
    const error = await verificationFailure(verifyHaloWebhook(post(body, {}), { hmac: { secret } }))
    expect(error.check).toBe('hmac')
    expect(error.failure).toBe('missing')
    expect(error.message).toContain("'X-Halo-Signature'")
  })

  it('rejects a wrong secret without echoing either secret', async () => {
    const wrong = signedByNode(body, 'sha256', 'hex', 'another-secret-value')
    const error = await verificationFailure(
      verifyHaloWebhook(post(body, { 'X-Halo-Signature': wrong }), { hmac: { secret } }),
    )
    expect(error.failure).toBe('mismatch')
    expect(error.message).toContain('does not match the body')
    expect(error.message).not.toContain(secret)
    expect(error.message).not.toContain(wrong)
    expect(error.message).not.toContain('another-secret-value')
  })

  it('rejects a tampered body', async () => {
    const signature = signedByNode(body, 'sha256', 'hex')
    const tampered = body.replace('Zürich', 'Zurich')
    expect(tampered).not.toBe(body)
    const error = await verificationFailure(
      verifyHaloWebhook(post(tampered, { 'X-Halo-Signature': signature }), { hmac: { secret } }),
    )
    expect(error.failure).toBe('mismatch')
  })

  it('rejects a body re-serialised after signing (the raw bytes are what is signed)', async () => {
    const signature = signedByNode(body, 'sha256', 'hex')
    const reformatted = JSON.stringify(JSON.parse(body), null, 2)
    await verificationFailure(
      verifyHaloWebhook(post(reformatted, { 'X-Halo-Signature': signature }), { hmac: { secret } }),
    )
  })

  it('rejects a signature made with another algorithm and says which one it looks like', async () => {
    const sha1 = signedByNode(body, 'sha1', 'hex')
    const error = await verificationFailure(
      verifyHaloWebhook(post(body, { 'X-Halo-Signature': sha1 }), { hmac: { secret } }),
    )
    expect(error.failure).toBe('mismatch')
    expect(error.message).toContain('HMAC-SHA1')
    expect(error.message).toContain('hmac.algorithm')
  })

  it('rejects the right signature in the wrong digest as malformed', async () => {
    const base64 = signedByNode(body, 'sha256', 'base64')
    const error = await verificationFailure(
      verifyHaloWebhook(post(body, { 'X-Halo-Signature': base64 }), { hmac: { secret } }),
    )
    expect(error.failure).toBe('malformed')
    expect(error.message).toContain('hex')
  })

  it('rejects a signature without the configured prefix, naming the prefix', async () => {
    const signature = signedByNode(body, 'sha256', 'hex')
    const error = await verificationFailure(
      verifyHaloWebhook(post(body, { 'X-Halo-Signature': signature }), {
        hmac: { secret, prefix: 'sha256=' },
      }),
    )
    expect(error.failure).toBe('malformed')
    expect(error.message).toContain("'sha256='")
  })
})
