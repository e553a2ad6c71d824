/** One cached Halo answer: what is needed to hand the same response back without asking Halo. */
export interface CachedResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/**
 * Where cached reference data lives: in this process (`MemoryResponseCacheStore`) or shared between
 * processes (`RedisResponseCacheStore` from @halo/ratelimit-redis). Keys are opaque strings the cache
 * builds; every key of one resource starts with the same prefix, so a write clears them with one call.
 */
export interface ResponseCacheStore {
  /** The entry under `key`, or `undefined` when there is none or it has expired. */
  get(key: string): Promise<CachedResponse | undefined>
  /** Keeps `value` under `key` for `ttlMs` milliseconds. */
  set(key: string, value: CachedResponse, ttlMs: number): Promise<void>
  /** Forgets every entry whose key starts with `prefix` (a write to that resource). */
  deletePrefix(prefix: string): Promise<void>
}
