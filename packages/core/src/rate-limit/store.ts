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
  /**
   * Takes one slot in the rolling window of `key` if fewer than `limit` were taken in `windowMs`.
   *
   * With `untilSettled`, the caller promises to call `settle(key)` when the request is over: the
   * slot then stays counted while its request is in flight, however long that takes, and is counted
   * from the answer once settled. A store bounds the hold by a lease (several minutes), so a caller
   * that dies or forgets cannot keep a slot forever. Without it, the slot is counted from its grant
   * and leaves the window `windowMs` later. The core passes it to stores that have `settle`.
   */
  acquire(
    key: string,
    limit: number,
    windowMs: number,
    options?: { readonly untilSettled?: boolean | undefined },
  ): Promise<SlotDecision>
  /** Halts every caller of `key` until `untilEpochMs` (Halo answered 429). */
  block(key: string, untilEpochMs: number): Promise<void>
  /**
   * Optional. One request of `key` that this store granted got its answer (or failed): count its
   * slot from now on. The core calls it once per granted slot, when the attempt is over.
   *
   * Halo counts a request when it arrives, a variable moment after the store granted it; counted
   * from the answer, which is never earlier than the arrival, the store's window cannot free a slot
   * before Halo's does. Stores move their oldest unsettled slot of `key` (answers and slots are
   * matched in order, not one to one: the k-th answer is never earlier than the k-th arrival, which
   * is all the count needs). A store without `settle` counts each slot from its grant.
   *
   * Must not throw for an unknown key; a rejection is ignored (a slot held in flight then stays counted until its lease ends).
   */
  settle?(key: string): Promise<void> | void
}

/** A cached token shared between processes, so workers reuse one login. */
export interface TokenStore {
  get(key: string): Promise<{ readonly accessToken: string; readonly expiresAt: number } | undefined>
  set(key: string, token: { readonly accessToken: string; readonly expiresAt: number }): Promise<void>
  /** Forgets a token the API refused. */
  delete(key: string): Promise<void>
}
