// `halo webhooks simulate`, run as users run it: the built `halo` binary in a child process,
// sending to a real receiver (@halo/webhooks' handler behind node:http) on loopback.
import { type ListeningServer, listen } from '@halo/test-support/http-server'
import { createWebhookHandler, type HaloWebhookEvent, toNodeListener } from '@halo/webhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runHaloBin } from '../support/run-halo.js'

const secret = 'cli-simulate-secret-made-up'
const received: HaloWebhookEvent[] = []
let receiver: ListeningServer
let url = ''

beforeAll(async () => {
  const handler = createWebhookHandler({
    verify: { hmac: { secret, prefix: 'sha256=' } },
    on: { '*': (event) => void received.push(event) },
  })
  receiver = await listen(toNodeListener(handler))
  url = `${receiver.url}/halo`
})
afterAll(() => receiver.close())

describe('halo webhooks simulate', () => {
  it('sends a signed sample ticket event the receiver accepts, and prints its answer', {
    timeout: 60_000,
  }, async () => {
    const before = received.length
    const run = await runHaloBin(
      [
        'webhooks',
        'simulate',
        '--url',
        url,
        '--event',
        'New Ticket Logged',
        '--prefix',
        'sha256=',
        '--output',
        'json',
      ],
      { env: { HALO_WEBHOOK_SECRET: secret } },
    )
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({
      status: 200,
      event: 'New Ticket Logged',
      headers: 'Content-Type, X-Halo-Signature',
      answer: { ok: true, handled: 1 },
    })
    expect(received.slice(before).map((e) => [e.name, e.type])).toEqual([['New Ticket Logged', 'ticket']])
    expect(run.stdout + run.stderr).not.toContain(secret)
  })

  it('exits 1 with the receiver’s reason when the signature is refused, without printing the secret', {
    timeout: 60_000,
  }, async () => {
    const wrong = 'not-the-receivers-secret'
    const run = await runHaloBin([
      'webhooks',
      'simulate',
      '--url',
      url,
      '--event',
      'Ticket Updated',
      '--secret',
      wrong,
      '--prefix',
      'sha256=',
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'The receiver answered 401: HMAC check failed: the signature does not match the body',
    )
    expect(run.stdout + run.stderr).not.toContain(wrong)
  })

  it('with --dry-run prints what it would send and sends nothing', { timeout: 60_000 }, async () => {
    const before = received.length
    const run = await runHaloBin([
      'webhooks',
      'simulate',
      '--url',
      url,
      '--event',
      'Ticket Updated',
      '--secret',
      secret,
      '--dry-run',
      '--output',
      'json',
    ])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({
      method: 'POST',
      url,
      signed: 'X-Halo-Signature (HMAC-SHA256, hex)',
      body: { event: 'Ticket Updated', ticket: { id: 4242 } },
    })
    expect(run.stdout).not.toContain(secret)
    expect(received.length).toBe(before)
  })

  it('exits 2 on a usage error', { timeout: 60_000 }, async () => {
    const run = await runHaloBin(['webhooks', 'simulate', '--url', 'not a url', '--event', 'x'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--url is not a URL')
  })
})
