import {
  DEFAULT_KEEP_MS,
  DEFAULT_LEASE_MS,
  type DedupeTimes,
  type DeliveryClaim,
  type WebhookDedupeStore,
} from './dedupe-store.js'

/**
 * The Redis commands the store uses, as ioredis (an optional peer dependency) provides them: pass
 * `new Redis(url)`. Typed structurally so this package imports nothing from ioredis.
 */
export interface RedisLike {
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>
}

export interface RedisDedupeStoreOptions extends DedupeTimes {
  /** Key prefix (default `halo:webhooks:`), so several receivers can share one Redis. */
  readonly prefix?: string | undefined
}

// One round trip each, atomic in Redis: two processes receiving the same delivery at the same moment
// cannot both claim it.
const CLAIM = `
local state = redis.call('GET', KEYS[1])
if not state then
  redis.call('SET', KEYS[1], 'in-progress', 'PX', ARGV[1])
  return 'claimed'
end
return state`
const COMPLETE = `redis.call('SET', KEYS[1], 'handled', 'PX', ARGV[1]) return 1`
const RELEASE = `
if redis.call('GET', KEYS[1]) == 'in-progress' then return redis.call('DEL', KEYS[1]) end
return 0`

/**
 * Deliveries remembered in Redis, shared by every process that receives Halo's webhooks: a
 * redelivery reaching another process is still dropped.
 *
 * @example
 * ```ts
 * import { createRedisDedupeStore, createWebhookHandler } from '@halo/webhooks'
 * import { Redis } from 'ioredis'
 *
 * const handler = createWebhookHandler({
 *   verify: { basic: { username: 'halo', password: process.env.HALO_WEBHOOK_PASSWORD ?? '' } },
 *   on: { '*': async (event) => console.log(event.name) },
 *   dedupe: createRedisDedupeStore(new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379')),
 * })
 * ```
 */
export function createRedisDedupeStore(
  redis: RedisLike,
  options: RedisDedupeStoreOptions = {},
): WebhookDedupeStore {
  const prefix = options.prefix ?? 'halo:webhooks:'
  const keepMs = options.keepMs ?? DEFAULT_KEEP_MS
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS
  return {
    async claim(key) {
      const state = await redis.eval(CLAIM, 1, prefix + key, leaseMs)
      if (state === 'claimed' || state === 'handled' || state === 'in-progress') return state as DeliveryClaim
      throw new Error(`Redis dedupe store: unexpected state ${JSON.stringify(state)} under ${prefix}${key}`)
    },
    async complete(key) {
      await redis.eval(COMPLETE, 1, prefix + key, keepMs)
    },
    async release(key) {
      await redis.eval(RELEASE, 1, prefix + key)
    },
  }
}
