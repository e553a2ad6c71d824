import type { RateLimitOptions } from '../options/core-options.js'
import { abortableSleep } from '../timing/abortable-sleep.js'
import { FifoGate } from './fifo-gate.js'
import { MemoryRateLimitStore } from './memory-store.js'
import type { RateLimitStore } from './store.js'
import { isUsableLimit, stricterLimit } from './stricter-limit.js'

/** Admission control for one tenant: a rolling request window plus a cap on requests in flight. */
export interface RateLimiter {
  /**
   * Waits for a concurrency slot and then a window slot, in arrival order. Resolves with
   * `release` (idempotent), to be called when the request is over; rejects with `signal.reason`
   * if the signal aborts while waiting, having given back anything it held.
   */
  acquire(signal?: AbortSignal): Promise<() => void>
  /**
   * `acquire` when it can be answered at once (a free slot, nobody waiting, no block, a store that
   * decides synchronously): the `release`, or `undefined` having taken nothing. Saves the common,
   * uncontended request a round through the event loop.
   */
  tryAcquire(signal?: AbortSignal): (() => void) | undefined
  /** Lowers the window to what Halo said (never raises it). Ignored when rate limiting is off. */
  learn(limit: { requests: number; windowMs: number }): void
  /** Every caller of this limiter (and of the store's key) waits until `epochMs`. */
  blockUntil(epochMs: number): Promise<void>
  /** The window in force now (after anything learned), or `false` when only concurrency is capped. */
  readonly limit: RateLimitOptions | false
}

export interface CreateRateLimiterOptions {
  /** The store key, one per tenant, so clients of one tenant share a budget. */
  readonly key: string
  readonly rateLimit: RateLimitOptions | false
  readonly store: RateLimitStore
  readonly maxConcurrency: number
  /** Clock in epoch milliseconds; `Date.now` by default. */
  readonly now?: (() => number) | undefined
  /** Told when the store fails to settle a slot (held in flight, the slot then stays counted until its lease ends). */
  readonly onSettleError?: ((error: unknown) => void) | undefined
}

/**
 * Builds the limiter every request passes through.
 *
 * A request first queues for a concurrency slot, then for its turn at the window: one caller at a
 * time asks the store, and when the window is full it sleeps exactly until the oldest slot leaves
 * (as the store says) instead of polling. The concurrency slot is taken first so the window slot is
 * spent as late as possible, right before the request goes out, which keeps our count from running
 * ahead of Halo's. Only one turn-holder sleeping on the window also means a burst never wakes a herd.
 *
 * When a request that took a window slot is over (answered, failed or abandoned), its `release`
 * also tells the store to settle the slot (`RateLimitStore.settle`): from then on the slot is counted
 * from the answer, so the window never frees it before Halo's does.
 */
export function createRateLimiter(options: CreateRateLimiterOptions): RateLimiter {
  const { key, store } = options
  const now = options.now ?? (() => Date.now())
  if (options.rateLimit !== false && !isUsableLimit(options.rateLimit)) {
    throw new RangeError(
      `rateLimit must be a whole number of requests (at least 1) per positive windowMs, or false (got ${options.rateLimit.requests} per ${options.rateLimit.windowMs} ms)`,
    )
  }
  let limit: RateLimitOptions | false = options.rateLimit === false ? false : { ...options.rateLimit }
  const inFlight = new FifoGate(options.maxConcurrency)
  const windowTurn = new FifoGate(1)
  // Kept here as well as in the store: a limiter without a window still has to respect a 429.
  let blockedUntil = 0

  async function waitForBlock(signal: AbortSignal | undefined): Promise<void> {
    for (let wait = blockedUntil - now(); wait > 0; wait = blockedUntil - now()) {
      await abortableSleep(wait, signal)
    }
  }

  /** Tells the store that a granted slot's request is over; never throws. */
  function settleSlot(): void {
    if (store.settle === undefined) return
    try {
      const settled = store.settle(key)
      if (settled !== undefined) settled.catch((error: unknown) => options.onSettleError?.(error))
    } catch (error) {
      options.onSettleError?.(error)
    }
  }

  /** `release` for a request holding a window slot: settles the slot, then frees the concurrency slot. */
  function settlingRelease(release: () => void): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      settleSlot()
      release()
    }
  }

  // The in-memory store answers synchronously; any other store goes through `acquire`.
  const syncStore = store instanceof MemoryRateLimitStore ? store : undefined
  // A store that settles holds each slot while its request is in flight; every granted slot is
  // settled (release, or an abort between grant and return), so none waits for its lease.
  const acquireOptions = { untilSettled: store.settle !== undefined }

  async function waitForWindowSlot(window: RateLimitOptions, signal: AbortSignal | undefined): Promise<void> {
    const releaseTurn = await windowTurn.acquire(signal)
    try {
      for (;;) {
        await waitForBlock(signal)
        // Read each time round: learn() may have lowered the window while we slept.
        const current = limit === false ? window : limit
        const decision = await store.acquire(key, current.requests, current.windowMs, acquireOptions)
        if (decision.granted && signal?.aborted === true) settleSlot()
        signal?.throwIfAborted()
        if (decision.granted) return
        await abortableSleep(Math.max(1, decision.retryInMs), signal)
      }
    } finally {
      releaseTurn()
    }
  }

  return {
    get limit() {
      return limit
    },

    async acquire(signal) {
      signal?.throwIfAborted()
      const release = await inFlight.acquire(signal)
      try {
        if (limit === false) await waitForBlock(signal)
        else await waitForWindowSlot(limit, signal)
      } catch (error) {
        release()
        throw error
      }
      return limit === false ? release : settlingRelease(release)
    },

    tryAcquire(signal) {
      if (signal?.aborted || blockedUntil > now()) return undefined
      const release = inFlight.tryAcquire()
      if (release === undefined) return undefined
      if (limit === false) return release
      const releaseTurn = syncStore === undefined ? undefined : windowTurn.tryAcquire()
      if (releaseTurn === undefined || syncStore === undefined) {
        release()
        return undefined
      }
      try {
        const decision = syncStore.tryAcquire(key, limit.requests, limit.windowMs, acquireOptions)
        if (decision.granted) return settlingRelease(release)
      } catch {
        // Left for `acquire` to meet and report.
      } finally {
        releaseTurn()
      }
      release()
      return undefined
    },

    learn(learned) {
      // The caller chose no window; a 429 still blocks (blockUntil) and is retried.
      if (limit === false || !isUsableLimit(learned)) return
      limit = stricterLimit(limit, learned)
    },

    async blockUntil(epochMs) {
      blockedUntil = Math.max(blockedUntil, epochMs)
      await store.block(key, epochMs)
    },
  }
}
