// `halo webhooks simulate`, run as users run it: the built `halo` binary in a child process,
// sending to a real receiver (@halo/webhooks' handler behind node:http) on loopback.
import { execFile } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { createWebhookHandler, type HaloWebhookEvent, toNodeListener } from '@halo/webhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url))
const secret = 'cli-simulate-secret-made-up'
const received: HaloWebhookEvent[] = []
let server: Server
let url = ''

function halo(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

beforeAll(async () => {
  const handler = createWebhookHandler({
    verify: { hmac: { secret, prefix: 'sha256=' } },
    on: { '*': (event) => void received.push(event) },
  })
  server = createServer(toNodeListener(handler)).listen(0, '127.0.0.1')
  await once(server, 'listening')
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/halo`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('halo webhooks simulate', () => {
  it('sends a signed sample ticket event the receiver accepts, and prints its answer', {
    timeout: 60_000,
  }, async () => {
    const before = received.length
    const run = await halo(
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
      { HALO_WEBHOOK_SECRET: secret },
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
    const run = await halo([
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
    const run = await halo([
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
    const run = await halo(['webhooks', 'simulate', '--url', 'not a url', '--event', 'x'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--url is not a URL')
  })
})
