/*
 * Gives the Redis tests a real server: REDIS_URL when set, else one on 127.0.0.1:6379, else a
 * `redis-server` this run starts on a free port. With none of them, the Redis tests skip on a
 * developer's machine and FAIL under CI=true: CI must prove dedupe across processes, not skip it.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer, Socket } from 'node:net'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** `redis://…` of a usable server, or `''` when there is none. */
    webhooksRedisUrl: string
    webhooksRedisMissing: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let started: ChildProcess | undefined
  let url = process.env.REDIS_URL ?? ''
  let missing = ''
  if (!url && (await answersPing(6379))) url = 'redis://127.0.0.1:6379'
  if (!url) {
    try {
      const port = await freePort()
      started = await startRedisServer(port)
      url = `redis://127.0.0.1:${port}`
    } catch (error) {
      missing = `no REDIS_URL, nothing on 127.0.0.1:6379, and redis-server could not be started (${error instanceof Error ? error.message : String(error)})`
    }
  }
  if (!url && process.env.CI === 'true') {
    throw new Error(`@halo/webhooks: the Redis dedupe tests need a Redis under CI: ${missing}`)
  }
  project.provide('webhooksRedisUrl', url)
  project.provide('webhooksRedisMissing', missing)
  return async () => {
    if (started && started.exitCode === null) {
      started.kill('SIGTERM')
      await once(started, 'exit')
    }
  }
}

/** True when something on the port answers a RESP PING with +PONG. */
function answersPing(port: number): Promise<boolean> {
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

function startRedisServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error('no "Ready to accept connections" within 10 s'))
    }, 10_000)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        child.stdout?.removeAllListeners('data')
        child.stdout?.resume()
        resolve(child)
      }
    })
  })
}

async function freePort(): Promise<number> {
  const probe = createServer()
  probe.listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const address = probe.address()
  probe.close()
  if (address === null || typeof address === 'string') throw new Error('no TCP port')
  return address.port
}
