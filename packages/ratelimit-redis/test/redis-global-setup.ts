/*
 * Gives the tests a real Redis: its own `redis-server` on a free loopback port when the binary is
 * installed (Debian's `redis-server` package; `.ci/run` installs it), else the server at REDIS_URL,
 * else none, and the tests that need one say why they skip.
 */
import type { TestProject } from 'vitest/node'
import { type RedisServerProcess, startRedisServer } from './redis-server-process.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** `redis://…` of a usable server, or `''` when there is none. */
    redisUrl: string
    /** Why there is no server (empty when there is one). */
    redisUnavailableReason: string
    /** Whether the tests may start `redis-server` processes of their own. */
    redisServerBinary: boolean
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server: RedisServerProcess | undefined
  let reason = ''
  try {
    server = await startRedisServer()
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    if (!process.env.REDIS_URL) reason = `redis-server could not be started (${why}) and REDIS_URL is not set`
  }
  project.provide('redisUrl', server?.url ?? process.env.REDIS_URL ?? '')
  project.provide('redisUnavailableReason', reason)
  project.provide('redisServerBinary', server !== undefined)
  return async () => {
    await server?.stop()
  }
}
