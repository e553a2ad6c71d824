/*
 * What a vitest global setup hands the test files about the real servers it found (`inject(...)`).
 * An empty URL means there is none, and the reason says why.
 */
import type { TestProject } from 'vitest/node'
import { type PostgresServerProcess, startPostgresServer } from './postgres-server.js'
import { answersRedisPing, type RedisServerProcess, startRedisServer } from './redis-server.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** `redis://…` of a usable server, or `''` when there is none. */
    redisUrl: string
    /** Why there is no Redis (empty when there is one). */
    redisUnavailableReason: string
    /** Whether the tests may start `redis-server` processes of their own. */
    redisServerBinary: boolean
    /** `postgres://…` of a usable server, or `''` when there is none. */
    postgresUrl: string
    /** Why there is no PostgreSQL (empty when there is one). */
    postgresUnavailableReason: string
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * A Redis of this run's own (`redis-server` on a free loopback port), else the one at REDIS_URL, else
 * one answering on 127.0.0.1:6379. Answers the teardown that stops the server it started.
 */
export async function provideRedis(project: TestProject): Promise<() => Promise<void>> {
  let server: RedisServerProcess | undefined
  let url = ''
  let reason = ''
  try {
    server = await startRedisServer()
    url = server.url
  } catch (error) {
    if (process.env.REDIS_URL) url = process.env.REDIS_URL
    else if (await answersRedisPing(6379)) url = 'redis://127.0.0.1:6379'
    else
      reason = `redis-server could not be started (${reasonOf(error)}), REDIS_URL is not set and nothing answers on 127.0.0.1:6379`
  }
  project.provide('redisUrl', url)
  project.provide('redisUnavailableReason', reason)
  project.provide('redisServerBinary', server !== undefined)
  return async () => {
    await server?.stop()
  }
}

/** A PostgreSQL cluster of this run's own on a free loopback port; the teardown stops and removes it. */
export async function providePostgres(project: TestProject): Promise<() => Promise<void>> {
  let server: PostgresServerProcess | undefined
  let reason = ''
  try {
    server = await startPostgresServer()
  } catch (error) {
    reason = reasonOf(error)
  }
  project.provide('postgresUrl', server?.url ?? '')
  project.provide('postgresUnavailableReason', reason)
  return async () => {
    await server?.stop()
  }
}
