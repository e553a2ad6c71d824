/*
 * Gives the tests a real Redis: its own `redis-server` on a free loopback port when the binary is
 * installed (Debian's `redis-server` package; `.ci/run` installs it), else the server at REDIS_URL,
 * else none, and the tests that need one say why they skip.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** `redis://…` of a usable server, or `''` when there is none. */
    redisUrl: string
    /** Why there is no server (empty when there is one). */
    redisUnavailableReason: string
  }
}

let server: ChildProcess | undefined

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let url = ''
  let reason = ''
  try {
    url = await startRedisServer()
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    if (process.env.REDIS_URL) url = process.env.REDIS_URL
    else reason = `redis-server could not be started (${why}) and REDIS_URL is not set`
  }
  project.provide('redisUrl', url)
  project.provide('redisUnavailableReason', reason)
  return async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await once(server, 'exit')
    }
  }
}

async function startRedisServer(): Promise<string> {
  const port = await freePort()
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  server = child
  await new Promise<void>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => fail(new Error('no "Ready to accept connections" within 10 s')), 10_000)
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    child.once('error', fail) // ENOENT when the binary is not installed
    child.once('exit', (code) => fail(new Error(`redis-server exited with ${code}: ${output.slice(-300)}`)))
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        child.removeAllListeners('exit')
        resolve()
      }
    })
  })
  return `redis://127.0.0.1:${port}`
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
