import { randomUUID } from 'node:crypto'
import type { RateLimitStore, SlotDecision } from '@halo/core'
import type { Redis } from 'ioredis'
import { callRedis, type RedisCallPolicy } from './redis-call.js'
import { closeRedis, resolveRedis } from './redis-connection.js'
import { acquireSlotLua, blockLua } from './sliding-window-scripts.js'
import type { RedisStoreOptions } from './store-options.js'

/** Options of `createRedisRateLimitStore`. */
export interface RedisRateLimitStoreOptions extends RedisStoreOptions {
  /** Prepended to every key. Default `'halo:rl:'`. */
  readonly prefix?: string
}

// Names of the commands this store defines on the client; distinct enough not to clash with a
// caller's own `defineCommand`s on a shared client.
const acquireCommand = 'haloRateLimitAcquire'
const blockCommand = 'haloRateLimitBlock'

type ScriptCommands = {
  [acquireCommand](
    windowKey: string,
    blockKey: string,
    limit: number,
    windowMs: number,
    id: string,
  ): Promise<[number, number]>
  [blockCommand](blockKey: string, durationMs: number): Promise<number>
}

/**
 * A rolling-window `RateLimitStore` in Redis, shared by every process that uses the same Redis and
 * key: each `acquire` is one atomic Lua script (sent as EVALSHA, loaded on first use).
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #redis: Redis & ScriptCommands
  readonly #owned: boolean
  readonly #prefix: string
  readonly #policy: RedisCallPolicy

  constructor(options: RedisRateLimitStoreOptions) {
    const { client, owned } = resolveRedis(options.redis)
    client.defineCommand(acquireCommand, { numberOfKeys: 2, lua: acquireSlotLua })
    client.defineCommand(blockCommand, { numberOfKeys: 1, lua: blockLua })
    this.#redis = client as Redis & ScriptCommands
    this.#owned = owned
    this.#prefix = options.prefix ?? 'halo:rl:'
    this.#policy = {
      client,
      onRedisError: options.onRedisError ?? 'fail-closed',
      timeoutMs: options.timeoutMs ?? 5000,
      logger: options.logger,
    }
  }

  async acquire(key: string, limit: number, windowMs: number): Promise<SlotDecision> {
    // As the in-memory store: a fractional limit (learned from Halo's text) counts whole requests.
    if (!(limit >= 1 && Number.isFinite(limit) && Number.isFinite(windowMs) && windowMs > 0)) {
      throw new RangeError(
        `RedisRateLimitStore.acquire: rate limit must be at least 1 request per positive window (got ${limit} per ${windowMs} ms)`,
      )
    }
    const keys = this.keysOf(key)
    return callRedis(
      this.#policy,
      'acquire',
      async (): Promise<SlotDecision> => {
        const [granted, retryInMs] = await this.#redis[acquireCommand](
          keys.window,
          keys.block,
          Math.floor(limit),
          windowMs,
          randomUUID(),
        )
        return granted === 1 ? { granted: true } : { granted: false, retryInMs: Number(retryInMs) }
      },
      () => ({ granted: true }),
    )
  }

  async block(key: string, untilEpochMs: number): Promise<void> {
    const durationMs = Math.ceil(untilEpochMs - Date.now())
    if (!(durationMs > 0)) return
    await callRedis(
      this.#policy,
      'block',
      async () => {
        await this.#redis[blockCommand](this.keysOf(key).block, durationMs)
      },
      () => undefined,
    )
  }

  /**
   * The Redis keys of one limiter key. The braces are a Redis Cluster hash tag: both keys land in
   * the same slot, as a script touching both requires.
   */
  keysOf(key: string): { readonly window: string; readonly block: string } {
    const base = `${this.#prefix}{${key}}`
    return { window: base, block: `${base}:block` }
  }

  /** Closes the connection if the store opened it; a client you passed in stays open. */
  async close(): Promise<void> {
    if (this.#owned) await closeRedis(this.#redis)
  }
}

/** A `RateLimitStore` on Redis: `createHaloCore({ …, rateLimitStore: createRedisRateLimitStore({ redis: url }) })`. */
export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RedisRateLimitStore {
  return new RedisRateLimitStore(options)
}
