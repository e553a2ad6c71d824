/** The answer of a store asked for one request slot. */
export type SlotDecision =
  | { readonly granted: true }
  | {
      readonly granted: false /** Wait at least this long before asking again. */
      readonly retryInMs: number
    }

/**
 * Where a rolling request window is counted. The in-memory store counts per process; a shared
 * store (Redis) lets several processes spend one tenant budget. Implementations must be atomic.
 */
export interface RateLimitStore {
  /** Takes one slot in the rolling window of `key` if fewer than `limit` were taken in `windowMs`. */
  acquire(key: string, limit: number, windowMs: number): Promise<SlotDecision>
  /** Halts every caller of `key` until `untilEpochMs` (Halo answered 429). */
  block(key: string, untilEpochMs: number): Promise<void>
}

/** A cached token shared between processes, so workers reuse one login. */
export interface TokenStore {
  get(key: string): Promise<{ readonly accessToken: string; readonly expiresAt: number } | undefined>
  set(key: string, token: { readonly accessToken: string; readonly expiresAt: number }): Promise<void>
  /** Forgets a token the API refused. */
  delete(key: string): Promise<void>
}
