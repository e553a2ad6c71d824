import { randomUUID } from 'node:crypto'
import { testServerUrl } from '@halo/test-support/server-context'
import { Redis } from 'ioredis'
import {
  createRedisRateLimitStore,
  type RedisRateLimitStore,
  type RedisRateLimitStoreOptions,
} from '../src/index.js'

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

/**
 * Rate-limit stores on the test server under one prefix, each its own connection (as a process of
 * its own would have), all closed by `closeAll` with the inspecting client.
 */
export function rateLimitStores(name: string, defaults: Partial<RedisRateLimitStoreOptions> = {}) {
  const prefix = uniquePrefix(name)
  const stores: RedisRateLimitStore[] = []
  return {
    create(options: Partial<RedisRateLimitStoreOptions> = {}): RedisRateLimitStore {
      const store = createRedisRateLimitStore({ redis: redisUrl, prefix, ...defaults, ...options })
      stores.push(store)
      return store
    },
    async closeAll(inspecting: Redis | undefined): Promise<void> {
      await Promise.all(stores.map((store) => store.close()))
      await inspecting?.quit()
    },
  }
}
