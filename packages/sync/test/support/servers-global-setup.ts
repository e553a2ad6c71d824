/*
 * Gives the tests a real PostgreSQL and a real Redis, each started here on a free loopback port
 * (Debian's `postgresql` and `redis-server` packages; `.ci/run` installs both). Under CI a missing
 * server fails the tests that need it (see `servers.ts`); elsewhere they are skipped with the reason.
 */

import {
  type PostgresServerProcess,
  type RedisServerProcess,
  startPostgresServer,
  startRedisServer,
} from '@halo/test-support/servers'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string
    postgresUnavailableReason: string
    redisUrl: string
    redisUnavailableReason: string
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let postgres: PostgresServerProcess | undefined
  let redis: RedisServerProcess | undefined
  let postgresReason = ''
  let redisReason = ''
  await Promise.all([
    startPostgresServer().then(
      (server) => (postgres = server),
      (error) => (postgresReason = reasonOf(error)),
    ),
    startRedisServer().then(
      (server) => (redis = server),
      (error) => (redisReason = `redis-server could not be started (${reasonOf(error)})`),
    ),
  ])
  project.provide('postgresUrl', postgres?.url ?? '')
  project.provide('postgresUnavailableReason', postgresReason)
  project.provide('redisUrl', redis?.url ?? '')
  project.provide('redisUnavailableReason', redisReason)
  return async () => {
    await Promise.all([postgres?.stop(), redis?.stop()])
  }
}
