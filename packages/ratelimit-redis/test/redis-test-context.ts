import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { inject } from 'vitest'

/** The server the global setup found, `''` if none. */
export const redisUrl = inject('redisUrl')
export const redisAvailable = redisUrl !== ''

if (!redisAvailable) {
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
