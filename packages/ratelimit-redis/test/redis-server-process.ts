import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'

/** A `redis-server` this test run started; `stop()` ends it. */
export interface RedisServerProcess {
  readonly url: string
  readonly port: number
  stop(): Promise<void>
}

/**
 * Starts Debian's `redis-server` on loopback with persistence off. Rejects (ENOENT) when the binary
 * is not installed, or when it does not come up within 10 s.
 */
export async function startRedisServer(port?: number): Promise<RedisServerProcess> {
  const listenOn = port ?? (await freePort())
  const child = spawn(
    'redis-server',
    ['--port', String(listenOn), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  await waitUntilReady(child)
  return {
    url: `redis://127.0.0.1:${listenOn}`,
    port: listenOn,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      await once(child, 'exit')
    },
  }
}

function waitUntilReady(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => fail(new Error('no "Ready to accept connections" within 10 s')), 10_000)
    function fail(error: Error) {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    const onExit = (code: number | null) =>
      fail(new Error(`redis-server exited (${code}): ${output.slice(-300)}`))
    child.once('error', fail) // ENOENT when the binary is not installed
    child.once('exit', onExit)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        child.off('exit', onExit)
        child.stdout?.removeAllListeners('data')
        child.stdout?.resume()
        resolve()
      }
    })
  })
}

/** A port nothing listens on right now: the kernel's pick for port 0. */
export async function freePort(): Promise<number> {
  const probe = createServer()
  probe.listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const address = probe.address()
  probe.close()
  if (address === null || typeof address === 'string') throw new Error('no TCP port')
  return address.port
}
