import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { TokenStore } from '@halo/core'
import type { Redis } from 'ioredis'
import { callRedis, type RedisCallPolicy } from './redis-call.js'
import { closeRedis, resolveRedis } from './redis-connection.js'
import type { RedisStoreOptions } from './store-options.js'

/** Options of `createRedisTokenStore`. */
export interface RedisTokenStoreOptions extends RedisStoreOptions {
  /** Prepended to every key. Default `'halo:token:'`. */
  readonly prefix?: string | undefined
  /**
   * When no token is stored, one process logs in while the others wait for its token instead of
   * each logging in too (workers started together would otherwise make one login each). This is
   * the longest they wait: the claim expires after it, so a process that died while logging in
   * holds nobody up for longer. Default 10 000 ms; 0 turns the wait off.
   */
  readonly loginWaitMs?: number | undefined
}

/** How often a waiting process looks for the token another process is fetching. */
const LOGIN_POLL_MS = 50

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
  readonly #loginWaitMs: number
  /** The login claims this process holds, by key (the claim's id, as stored in Redis). */
  readonly #claims = new Map<string, string>()

  constructor(options: RedisTokenStoreOptions) {
    const loginWaitMs = options.loginWaitMs ?? 10_000
    if (!(Number.isFinite(loginWaitMs) && loginWaitMs >= 0)) {
      throw new RangeError(`loginWaitMs must be a number ≥ 0, got ${loginWaitMs}`)
    }
    this.#loginWaitMs = loginWaitMs
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

  /**
   * The stored token. When there is none, the first caller across all processes gets `undefined`
   * (and logs in); the others wait, up to `loginWaitMs`, for the token it stores.
   */
  async get(key: string): Promise<StoredToken | undefined> {
    const stored = await this.#read(key)
    if (stored !== undefined || this.#loginWaitMs === 0) return stored
    if (await this.#claimLogin(key)) return this.#tokenStoredMeanwhile(key)
    return this.#waitForLogin(key)
  }

  /**
   * Called on winning the claim. Another process may have stored its token and ended its claim
   * between our read and our claim; then that token is the answer (our claim is given back) and
   * nobody logs in a second time. `undefined`: log in.
   */
  async #tokenStoredMeanwhile(key: string): Promise<StoredToken | undefined> {
    const token = await this.#read(key)
    if (token === undefined) return undefined
    this.#claims.delete(key)
    await this.#deleteKey(this.loginKeyOf(key), 'token login claim release')
    return token
  }

  async #read(key: string): Promise<StoredToken | undefined> {
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
    this.#claims.delete(key)
    await callRedis(
      this.#policy,
      'token set',
      async () => {
        // One round trip (a pipeline, not MULTI: the recommended ACL user has no @transaction):
        // the token, then the end of the login claim the waiting processes watch.
        const results = await this.#redis
          .pipeline()
          .set(this.keyOf(key), value, 'PX', ttlMs)
          .del(this.loginKeyOf(key))
          .exec()
        const failed = results?.find(([error]) => error !== null)?.[0]
        if (failed) throw failed
      },
      () => undefined,
    )
  }

  /** Whether this caller is the one to log in (no other process claimed it within `loginWaitMs`). */
  async #claimLogin(key: string): Promise<boolean> {
    const loginKey = this.loginKeyOf(key)
    const ours = this.#claims.get(key)
    return callRedis(
      this.#policy,
      'token login claim',
      async () => {
        const id = ours ?? randomUUID()
        if ((await this.#redis.set(loginKey, id, 'PX', this.#loginWaitMs, 'NX')) === 'OK') {
          this.#claims.set(key, id)
          return true
        }
        // Still our claim (our login failed and is being retried): log in again without waiting.
        return ours !== undefined && (await this.#redis.get(loginKey)) === ours
      },
      () => true,
    )
  }

  /**
   * Waits for the token of the process that claimed the login. If its claim ends without a token
   * (its login failed, or it died), the next claimant logs in; at the end of the wait, this one does.
   */
  async #waitForLogin(key: string): Promise<StoredToken | undefined> {
    const deadline = Date.now() + this.#loginWaitMs
    while (Date.now() < deadline) {
      await sleep(LOGIN_POLL_MS)
      const token = await this.#read(key)
      if (token !== undefined) return token
      if (await this.#claimLogin(key)) return this.#tokenStoredMeanwhile(key)
    }
    return undefined
  }

  async delete(key: string): Promise<void> {
    await this.#deleteKey(this.keyOf(key), 'token delete')
  }

  /** Deletes one Redis key under the store's error policy (`operation` names it in errors and logs). */
  async #deleteKey(redisKey: string, operation: string): Promise<void> {
    await callRedis(
      this.#policy,
      operation,
      async () => {
        await this.#redis.del(redisKey)
      },
      () => undefined,
    )
  }

  /** The Redis key a token is stored under. */
  keyOf(key: string): string {
    return `${this.#prefix}${key}`
  }

  /** The Redis key of the claim held by the process logging in for `key`. */
  loginKeyOf(key: string): string {
    return `${this.#prefix}${key}:login`
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
