import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { inject } from 'vitest'

/** The server the global setup found, `''` if none. */
export const redisUrl = inject('redisUrl')
export const redisAvailable = redisUrl !== ''

if (!redisAvailable) {
  // CI installs and starts redis-server (.ci/run): there a missing server fails the run instead of
  // quietly skipping the tests that prove the shared stores work.
  if (process.env.CI) {
    throw new Error(`@halo/ratelimit-redis: no Redis in CI: ${inject('redisUnavailableReason')}`)
  }
  console.warn(`@halo/ratelimit-redis: Redis tests skipped: ${inject('redisUnavailableReason')}`)
}

/** A key prefix of its own per test file, so files running in parallel never share keys. */
export function uniquePrefix(name: string): string {
  return `test:${name}:${randomUUID().slice(0, 8)}:`
}

/** A plain client for looking at what the stores wrote. */
export function inspector(): Redis {
  return new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1 })
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
