import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mockCredentials, type RunningHaloMock, seed, startHaloMock } from '../src/index.js'

let running: RunningHaloMock
beforeAll(async () => {
  running = await startHaloMock({ port: 0 })
})
afterAll(() => running.close())

async function token(url: string): Promise<string> {
  const res = await fetch(`${url}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: mockCredentials.clientId,
      client_secret: mockCredentials.clientSecret,
      scope: 'all',
    }),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { access_token: string }).access_token
}

describe('startHaloMock (real HTTP on loopback)', () => {
  it('listens on a free loopback port and speaks Halo', async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const info = await fetch(`${running.url}/api/AuthInfo`)
    expect(await info.json()).toEqual({ auth_url: `${running.url}/auth` })
    const auth = { authorization: `Bearer ${await token(running.url)}` }
    const page = await fetch(`${running.url}/api/Tickets?pageinate=true&page_size=100&page_no=2`, {
      headers: auth,
    })
    expect(page.status).toBe(200)
    const body = (await page.json()) as { record_count: number; tickets: unknown[] }
    expect(body.record_count).toBe(seed.defaultTicketCount)
    expect(body.tickets).toHaveLength(20)
  })

  it('takes a request body that arrives in more than one chunk, and streams attachment bytes out', async () => {
    const auth = { authorization: `Bearer ${await token(running.url)}` }
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251)
    const upload = await fetch(`${running.url}/api/Attachment`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify([
        {
          filename: 'dump.bin',
          ticket_id: seed.ticketId,
          data_base64: `data:application/octet-stream;base64,${Buffer.from(bytes).toString('base64')}`,
        },
      ]),
    })
    expect(upload.status).toBe(201)
    const { id } = (await upload.json()) as { id: number }
    const download = await fetch(`${running.url}/api/Attachment/${id}`, { headers: auth })
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes)
    expect(download.headers.get('content-disposition')).toContain('filename="dump.bin"')
  })

  it('a reset fault destroys the socket', async () => {
    running.mock.faults.add({ kind: 'reset', times: 1 })
    await expect(fetch(`${running.url}/api/AuthInfo`)).rejects.toThrow()
    expect((await fetch(`${running.url}/api/AuthInfo`)).status).toBe(200)
  })

  it('a timeout fault ends when the client aborts', async () => {
    running.mock.faults.add({ kind: 'timeout', times: 1 })
    const controller = new AbortController()
    const pending = fetch(`${running.url}/api/AuthInfo`, { signal: controller.signal })
    for (let i = 0; i < 500 && !running.mock.requests.some((r) => r.status === 0); i++)
      await new Promise((r) => setTimeout(r, 2))
    controller.abort()
    await expect(pending).rejects.toThrow()
    expect((await fetch(`${running.url}/api/AuthInfo`)).status).toBe(200)
  })
})

describe('halo-mock CLI', () => {
  it('starts on --port 0, prints its URL first, and serves AuthInfo', async () => {
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
    const child = spawn(process.execPath, [cli, '--port', '0', '--tenant', 'demo'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    try {
      const lines = createInterface({ input: child.stdout })
      const first = await new Promise<string>((resolve, reject) => {
        lines.once('line', resolve)
        child.once('exit', (code) => reject(new Error(`exited early with ${code}`)))
      })
      expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const info = await fetch(`${first}/api/AuthInfo`)
      expect(await info.json()).toEqual({ auth_url: `${first}/auth`, tenant_id: 'demo' })
    } finally {
      child.kill('SIGTERM')
    }
    const code = await new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode)
      else child.once('exit', (c) => resolve(c))
    })
    expect(code).toBe(0)
  })
})
