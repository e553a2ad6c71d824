import type { CachedResponse, ResponseCacheStore } from '@halo/core'
import type { Redis } from 'ioredis'
import { callRedis, type RedisCallPolicy } from './redis-call.js'
import { closeRedis, resolveRedis } from './redis-connection.js'
import type { RedisStoreOptions } from './store-options.js'

/** Options of `RedisResponseCacheStore`. */
export interface RedisResponseCacheStoreOptions extends RedisStoreOptions {
  /** Prepended to every key. Default `'halo:cache:'`. */
  readonly prefix?: string | undefined
}

/** Keys deleted per SCAN page when a write clears a resource's entries. */
const SCAN_COUNT = 200

/**
 * The response cache (`createHaloCore({ cache: { store } })`) in Redis, so every worker shares one copy
 * of the reference data and a write by one worker clears it for all. Entries expire with `PX`; a write
 * deletes its resource's keys with SCAN + UNLINK (reference data is a few hundred keys at most).
 *
 * A cache is an optimisation: when Redis fails the default here is `'fail-open'` (a miss, a write
 * skipped), unlike the rate-limit and token stores. Pass `onRedisError: 'fail-closed'` to surface it.
 *
 * @example
 * ```ts
 * import { HaloClient } from '@halo/client'
 * import { RedisResponseCacheStore } from '@halo/ratelimit-redis'
 *
 * const store = new RedisResponseCacheStore({ redis: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' })
 * const halo = new HaloClient({ baseUrl, clientId, clientSecret, cache: { store, ttlMs: 10 * 60_000 } })
 * ```
 */
export class RedisResponseCacheStore implements ResponseCacheStore {
  readonly #redis: Redis
  readonly #owned: boolean
  readonly #prefix: string
  readonly #policy: RedisCallPolicy

  constructor(options: RedisResponseCacheStoreOptions) {
    const { client, owned } = resolveRedis(options.redis)
    this.#redis = client
    this.#owned = owned
    this.#prefix = options.prefix ?? 'halo:cache:'
    this.#policy = {
      client,
      onRedisError: options.onRedisError ?? 'fail-open',
      timeoutMs: options.timeoutMs ?? 2000,
      logger: options.logger,
    }
  }

  /** The Redis key of a cache key. */
  keyOf(key: string): string {
    return `${this.#prefix}${key}`
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    const raw = await callRedis(
      this.#policy,
      'response cache get',
      () => this.#redis.get(this.keyOf(key)),
      () => null,
    )
    if (raw === null) return undefined
    try {
      const parsed = JSON.parse(raw) as Partial<CachedResponse>
      if (typeof parsed.status === 'number' && typeof parsed.body === 'string' && isHeaders(parsed.headers)) {
        return { status: parsed.status, headers: parsed.headers, body: parsed.body }
      }
    } catch {
      // an entry this store did not write: treated as a miss, and overwritten by the next answer
    }
    return undefined
  }

  async set(key: string, value: CachedResponse, ttlMs: number): Promise<void> {
    const ttl = Math.max(1, Math.ceil(ttlMs))
    const entry = JSON.stringify({ status: value.status, headers: value.headers, body: value.body })
    await callRedis(
      this.#policy,
      'response cache set',
      () => this.#redis.set(this.keyOf(key), entry, 'PX', ttl),
      () => 'OK' as const,
    )
  }

  async deletePrefix(prefix: string): Promise<void> {
    const pattern = `${escapeGlob(this.keyOf(prefix))}*`
    await callRedis(
      this.#policy,
      'response cache invalidate',
      async () => {
        let cursor = '0'
        do {
          const [next, keys] = await this.#redis.scan(cursor, 'MATCH', pattern, 'COUNT', SCAN_COUNT)
          if (keys.length > 0) await this.#redis.unlink(...keys)
          cursor = next
        } while (cursor !== '0')
      },
      () => undefined,
    )
  }

  /** Closes the connection the store opened (a client passed in is left open). */
  async close(): Promise<void> {
    if (this.#owned) await closeRedis(this.#redis)
  }
}

function isHeaders(value: unknown): value is Readonly<Record<string, string>> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((header) => typeof header === 'string')
  )
}

// SCAN MATCH is a glob: the key's own `*`, `?`, `[` and `\` must match themselves.
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, (character) => `\\${character}`)
}
