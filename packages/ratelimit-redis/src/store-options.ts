import type { HaloLogger } from '@halo/core'
import type { Redis, RedisOptions } from 'ioredis'

/**
 * What to do when Redis cannot answer (down, unreachable, too slow):
 * - `'fail-closed'` rejects with a `HaloRedisStoreError`, so no request reaches Halo uncounted;
 * - `'fail-open'` lets the request through (rate limit) or treats the token as absent (token store),
 *   so an outage of Redis does not stop the workers, at the risk of overrunning the shared budget.
 */
export type RedisErrorPolicy = 'fail-open' | 'fail-closed'

/**
 * A Redis connection: an ioredis client you own (the store never closes it), or the options or
 * `redis://` / `rediss://` URL of one the store creates and closes in `close()`.
 */
export type RedisConnection = Redis | Redis<'resp3'> | RedisOptions | string

/** Options shared by the Redis stores. */
export interface RedisStoreOptions {
  readonly redis: RedisConnection
  /** Prepended to every key the store writes. */
  readonly prefix?: string | undefined
  /** Behaviour when Redis fails. Default `'fail-closed'`. */
  readonly onRedisError?: RedisErrorPolicy | undefined
  /** Longest wait for one Redis round trip before it counts as a failure. Default 5000 ms. */
  readonly timeoutMs?: number | undefined
  /** Told about Redis failures that `'fail-open'` swallows. Values (tokens) are never passed to it. */
  readonly logger?: HaloLogger | undefined
}
