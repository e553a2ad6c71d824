import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { freePort } from './free-port.js'

export interface RedisServerProcess {
  readonly url: string
  stop(): Promise<void>
}

/** Debian's `redis-server` on a free loopback port, persistence off; rejects when it is not installed. */
export async function startRedisServer(): Promise<RedisServerProcess> {
  const port = await freePort()
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  await waitUntilReady(child)
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      await once(child, 'exit')
    },
  }
}

function waitUntilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => fail(new Error('redis-server did not start within 10 s')), 10_000)
    function fail(error: Error) {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    const onExit = (code: number | null) =>
      fail(new Error(`redis-server exited (${code}): ${output.slice(-300)}`))
    child.once('error', fail)
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
