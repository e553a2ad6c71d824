import type { TokenStore } from '@halo/core'
import type { Redis } from 'ioredis'
import { callRedis, type RedisCallPolicy } from './redis-call.js'
import { closeRedis, resolveRedis } from './redis-connection.js'
import type { RedisStoreOptions } from './store-options.js'

/** Options of `createRedisTokenStore`. */
export interface RedisTokenStoreOptions extends RedisStoreOptions {
  /** Prepended to every key. Default `'halo:token:'`. */
  readonly prefix?: string
}

type StoredToken = { readonly accessToken: string; readonly expiresAt: number }

/**
 * A `TokenStore` in Redis, so every worker reuses one login. The access token is a secret at rest
 * in Redis: protect Redis with an ACL user, TLS (`rediss://`) and no public bind. Values are never
 * logged or put into errors.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { RedisTokenStore } from '@halo/ratelimit-redis'
 *
 * // The access token is a secret at rest in Redis until it expires: use rediss:// and an ACL user.
 * const tokenStore = new RedisTokenStore({ redis: process.env.REDIS_URL ?? 'rediss://redis.internal:6380' })
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret, tokenStore })
 * ```
 */
export class RedisTokenStore implements TokenStore {
  readonly #redis: Redis
  readonly #owned: boolean
  readonly #prefix: string
  readonly #policy: RedisCallPolicy

  constructor(options: RedisTokenStoreOptions) {
    const { client, owned } = resolveRedis(options.redis)
    this.#redis = client
    this.#owned = owned
    this.#prefix = options.prefix ?? 'halo:token:'
    this.#policy = {
      client,
      onRedisError: options.onRedisError ?? 'fail-closed',
      timeoutMs: options.timeoutMs ?? 5000,
      logger: options.logger,
    }
  }

  async get(key: string): Promise<StoredToken | undefined> {
    const raw = await callRedis(
      this.#policy,
      'token get',
      () => this.#redis.get(this.keyOf(key)),
      () => null,
    )
    const token = raw === null ? undefined : parseToken(raw)
    // The key's PX expiry normally removes it in time; this covers clocks that disagree.
    return token !== undefined && token.expiresAt > Date.now() ? token : undefined
  }

  async set(key: string, token: StoredToken): Promise<void> {
    const ttlMs = Math.floor(token.expiresAt - Date.now())
    if (!(ttlMs > 0)) return this.delete(key)
    // Only these two fields: a refresh token or anything else on the object stays out of Redis.
    const value = JSON.stringify({ accessToken: token.accessToken, expiresAt: token.expiresAt })
    await callRedis(
      this.#policy,
      'token set',
      async () => {
        await this.#redis.set(this.keyOf(key), value, 'PX', ttlMs)
      },
      () => undefined,
    )
  }

  async delete(key: string): Promise<void> {
    await callRedis(
      this.#policy,
      'token delete',
      async () => {
        await this.#redis.del(this.keyOf(key))
      },
      () => undefined,
    )
  }

  /** The Redis key a token is stored under. */
  keyOf(key: string): string {
    return `${this.#prefix}${key}`
  }

  /** Closes the connection if the store opened it; a client you passed in stays open. */
  async close(): Promise<void> {
    if (this.#owned) await closeRedis(this.#redis)
  }
}

/**
 * A `TokenStore` on Redis: `createHaloCore({ …, tokenStore: createRedisTokenStore({ redis: url }) })`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { createRedisRateLimitStore, createRedisTokenStore } from '@halo/ratelimit-redis'
 *
 * // Workers share the budget and one login, instead of each fetching a token at start-up.
 * const redis = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
 * const core = createHaloCore.fromEnv(process.env, {
 *   rateLimitStore: createRedisRateLimitStore({ redis }),
 *   tokenStore: createRedisTokenStore({ redis }),
 * })
 * ```
 */
export function createRedisTokenStore(options: RedisTokenStoreOptions): RedisTokenStore {
  return new RedisTokenStore(options)
}

// Anything unreadable counts as no token: the client then logs in and overwrites it.
function parseToken(raw: string): StoredToken | undefined {
  try {
    const value: unknown = JSON.parse(raw)
    if (typeof value !== 'object' || value === null) return undefined
    const { accessToken, expiresAt } = value as Record<string, unknown>
    if (typeof accessToken !== 'string' || typeof expiresAt !== 'number') return undefined
    return { accessToken, expiresAt }
  } catch {
    return undefined
  }
}
