import { randomUUID } from 'node:crypto'
import { testServerUrl } from '@halo/test-support/server-context'
import { Redis } from 'ioredis'

/** The server the global setup found, `''` if none (then this file fails under CI and skips elsewhere). */
export const redisUrl = testServerUrl('@halo/ratelimit-redis', 'redis')
export const redisAvailable = redisUrl !== ''

/** A key prefix of its own per test file, so files running in parallel never share keys. */
export function uniquePrefix(name: string): string {
  return `test:${name}:${randomUUID().slice(0, 8)}:`
}

/** A plain client for looking at what the stores wrote. */
export function inspector(): Redis {
  return new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1 })
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
