// A throwaway Redis for the tests: Debian's `redis-server` on loopback, persistence off.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { Socket } from 'node:net'
import { freePort } from './free-port.js'
import { waitUntilReady } from './wait-for-ready.js'

/** A `redis-server` this test run started; `stop()` ends it. */
export interface RedisServerProcess {
  readonly url: string
  readonly port: number
  stop(): Promise<void>
}

/**
 * Starts `redis-server` on 127.0.0.1 (on `port`, else a free one). Rejects (ENOENT) when the binary is
 * not installed, or when it does not come up within 10 s.
 */
export async function startRedisServer(port?: number): Promise<RedisServerProcess> {
  const listenOn = port ?? (await freePort())
  const child = spawn(
    'redis-server',
    ['--port', String(listenOn), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  await waitUntilReady(child, {
    name: 'redis-server',
    readyText: 'Ready to accept connections',
    timeoutMs: 10_000,
  })
  return {
    url: `redis://127.0.0.1:${listenOn}`,
    port: listenOn,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** True when something on 127.0.0.1:`port` answers a RESP `PING` with `+PONG` within a second. */
export function answersRedisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket()
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'))
  })
}
