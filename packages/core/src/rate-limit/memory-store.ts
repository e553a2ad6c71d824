import { SlotWindow } from './slot-window.js'
import type { RateLimitStore, SlotDecision } from './store.js'

/** How often idle keys are swept out, at most. */
const SWEEP_INTERVAL_MS = 60_000

/**
 * The default store: counts each key's rolling window in this process.
 *
 * Decides synchronously (the promise only satisfies the shared-store contract), so it is atomic
 * by construction. Keys whose window has emptied and whose block has passed are forgotten,
 * so a process talking to many tenants over time does not grow without bound.
 *
 * Slots are counted from the answer: `settle(key)` (called by the core when a request is over)
 * moves the key's oldest unsettled slot to the present, so the window frees it no earlier than
 * Halo, which counted the request when it arrived.
 *
 * @example
 * ```ts
 * import { createHaloCore, MemoryRateLimitStore } from '@halo/core'
 *
 * // Each core counts in a store of its own unless given one: two cores of one tenant sharing this
 * // store spend one budget between them instead of each spending all of it.
 * const rateLimitStore = new MemoryRateLimitStore()
 * const options = { baseUrl: 'https://acme.halopsa.com', clientId, clientSecret, rateLimitStore }
 * const sync = createHaloCore(options)
 * const reporting = createHaloCore({ ...options, timeoutMs: 120_000 })
 * ```
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #windows = new Map<string, SlotWindow>()
  readonly #now: () => number
  #lastSweep: number

  /** @param now clock in epoch milliseconds; `Date.now` by default (tests pass a fake one). */
  constructor(now: () => number = () => Date.now()) {
    this.#now = now
    this.#lastSweep = now()
  }

  async acquire(key: string, limit: number, windowMs: number): Promise<SlotDecision> {
    return this.#acquireNow(key, limit, windowMs)
  }

  /** `acquire`, answered synchronously (the core's limiter uses it to admit without a tick). */
  tryAcquire(key: string, limit: number, windowMs: number): SlotDecision {
    return this.#acquireNow(key, limit, windowMs)
  }

  /**
   * One request of `key` got its answer: its slot (matched in order: the oldest unsettled one) is
   * counted from now. A slot unsettled for a whole window has been forgotten and is not counted
   * again; with nothing unsettled this does nothing.
   */
  settle(key: string): void {
    const window = this.#windows.get(key)
    if (window === undefined) return
    const now = this.#now()
    window.dropUntil(now - window.windowMs)
    const grantedAt = window.takeOldestUnsettled()
    if (grantedAt !== undefined) window.restamp(grantedAt, now)
  }

  async block(key: string, untilEpochMs: number): Promise<void> {
    const window = this.#window(key, 1)
    window.blockedUntil = Math.max(window.blockedUntil, untilEpochMs)
  }

  #acquireNow(key: string, limit: number, windowMs: number): SlotDecision {
    if (!(limit >= 1) || !(windowMs > 0)) {
      throw new RangeError(
        `rate limit must be at least 1 request per positive window (got ${limit} per ${windowMs} ms)`,
      )
    }
    const now = this.#now()
    this.#sweep(now)
    const capacity = Math.floor(limit)
    const window = this.#window(key, capacity)
    window.windowMs = windowMs
    if (window.blockedUntil > now) return { granted: false, retryInMs: window.blockedUntil - now }

    window.growTo(capacity)
    window.dropUntil(now - windowMs)
    const freeingStart = window.startFreeingSlotFor(capacity)
    if (freeingStart === undefined) {
      window.push(now)
      window.markUnsettled(now)
      return { granted: true }
    }
    // Full: the next slot frees the moment the request that started at `freeingStart` leaves.
    return { granted: false, retryInMs: Math.max(1, freeingStart + windowMs - now) }
  }

  #window(key: string, capacity: number): SlotWindow {
    let window = this.#windows.get(key)
    if (window === undefined) {
      window = new SlotWindow(capacity)
      this.#windows.set(key, window)
    }
    return window
  }

  /** Forgets keys with nothing left in their window and no block pending. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < SWEEP_INTERVAL_MS) return
    this.#lastSweep = now
    for (const [key, window] of this.#windows) {
      const newest = window.newest
      // An unsettled slot that left the window is forgotten with it (see SlotWindow.dropUntil).
      const idle = newest === undefined || newest <= now - window.windowMs
      if (idle && window.blockedUntil <= now) this.#windows.delete(key)
    }
  }

  /** Number of keys currently tracked (for tests and diagnostics). */
  get trackedKeys(): number {
    return this.#windows.size
  }
}
