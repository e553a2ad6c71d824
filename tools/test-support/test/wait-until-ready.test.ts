import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { waitUntilReady } from '../src/servers/index.js'

const server = (script: string) =>
  spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] })

describe('waitUntilReady', () => {
  it('resolves once the ready text appears on stderr, split across writes', async () => {
    const child = server(
      `process.stderr.write('ready to '); setTimeout(() => process.stderr.write('serve\\n'), 50); setInterval(() => {}, 1000)`,
    )
    await waitUntilReady(child, { name: 'probe', readyText: 'ready to serve', timeoutMs: 20_000 })
    expect(child.exitCode).toBeNull()
    child.kill()
  })

  it('rejects with the tail of the output when the server exits first', async () => {
    const child = server(`console.log('address in use'); process.exit(1)`)
    await expect(
      waitUntilReady(child, { name: 'probe', readyText: 'ready', timeoutMs: 20_000 }),
    ).rejects.toThrow(/probe exited \(1\): address in use/)
  })

  it('rejects, and kills the server, when it stays silent past the timeout', async () => {
    const child = server('setInterval(() => {}, 1000)')
    await expect(
      waitUntilReady(child, { name: 'probe', readyText: 'ready', timeoutMs: 200 }),
    ).rejects.toThrow(/probe did not start within 200 ms/)
    await new Promise((resolve) => child.once('exit', resolve))
    expect(child.signalCode).toBe('SIGKILL')
  })

  it('rejects with ENOENT when the binary is not installed', async () => {
    const child = spawn('halo-test-support-no-such-server', [], { stdio: ['ignore', 'pipe', 'pipe'] })
    await expect(
      waitUntilReady(child, { name: 'missing', readyText: 'ready', timeoutMs: 20_000 }),
    ).rejects.toThrow(/ENOENT/)
  })
})
