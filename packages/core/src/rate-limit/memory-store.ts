import { checkInFlightLeaseMs, inFlightLeaseMs } from './in-flight-lease.js'
import { SlotWindow } from './slot-window.js'
import type { RateLimitStore, SlotDecision } from './store.js'

type AcquireOptions = Parameters<RateLimitStore['acquire']>[3]

/** How often idle keys are swept out, at most. */
const SWEEP_INTERVAL_MS = 60_000

/** Options of `MemoryRateLimitStore`. */
export interface MemoryRateLimitStoreOptions {
  /** Clock in epoch milliseconds; `Date.now` by default (tests pass a fake one). */
  readonly now?: (() => number) | undefined
  /**
   * How long a slot whose request is in flight stays counted at most, unsettled (never less than
   * one window). Default: 10 minutes, or two windows if longer (`inFlightLeaseMs`).
   */
  readonly inFlightLeaseMs?: number | undefined
}

/**
 * The default store: counts each key's rolling window in this process.
 *
 * Decides synchronously (the promise only satisfies the shared-store contract), so it is atomic
 * by construction. Keys whose window has emptied and whose block has passed are forgotten,
 * so a process talking to many tenants over time does not grow without bound.
 *
 * Slots are counted from the answer: a slot acquired `untilSettled` (as the core does) stays counted
 * while its request is in flight, however long, and `settle(key)` (called by the core when a
 * request is over) counts the key's oldest unsettled slot from the present, so the window frees it
 * no earlier than Halo, which counted the request when it arrived. A held slot nobody settles is
 * forgotten after a lease of `max(10 min, 2 windows)` unless given another (`inFlightLeaseMs`).
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
  readonly #inFlightLeaseMs: number | undefined
  #lastSweep: number

  /** @param options the options, or only the clock (as before there were options). */
  constructor(options: MemoryRateLimitStoreOptions | (() => number) = {}) {
    const resolved: MemoryRateLimitStoreOptions = typeof options === 'function' ? { now: options } : options
    const now = resolved.now ?? (() => Date.now())
    this.#inFlightLeaseMs = checkInFlightLeaseMs(resolved.inFlightLeaseMs)
    this.#now = now
    this.#lastSweep = now()
  }

  async acquire(
    key: string,
    limit: number,
    windowMs: number,
    options?: AcquireOptions,
  ): Promise<SlotDecision> {
    return this.#acquireNow(key, limit, windowMs, options?.untilSettled === true)
  }

  /** `acquire`, answered synchronously (the core's limiter uses it to admit without a tick). */
  tryAcquire(key: string, limit: number, windowMs: number, options?: AcquireOptions): SlotDecision {
    return this.#acquireNow(key, limit, windowMs, options?.untilSettled === true)
  }

  /**
   * One request of `key` got its answer: its slot (matched in order: the oldest unsettled one) is
   * counted from now, and frees one window later. A slot past its lease (held) or out of the window
   * (not held) has been forgotten and is not counted again; with nothing unsettled this does nothing.
   */
  settle(key: string): void {
    const window = this.#windows.get(key)
    if (window === undefined) return
    const now = this.#now()
    window.dropUntil(now - window.windowMs)
    const slot = window.unsettled.takeOldest(now)
    if (slot === undefined) return
    if (!slot.held) {
      window.restamp(slot.at, now)
      return
    }
    // Every time in the window is at most now, so the answer goes last and the order holds.
    window.growTo(window.size + 1)
    window.push(now)
  }

  async block(key: string, untilEpochMs: number): Promise<void> {
    const window = this.#window(key, 1)
    window.blockedUntil = Math.max(window.blockedUntil, untilEpochMs)
  }

  #acquireNow(key: string, limit: number, windowMs: number, untilSettled: boolean): SlotDecision {
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
    window.unsettled.dropExpired(now)
    const held = window.unsettled.held
    if (window.size + held < capacity) {
      if (untilSettled) {
        window.unsettled.add({
          at: now,
          held: true,
          until: now + inFlightLeaseMs(windowMs, this.#inFlightLeaseMs),
        })
      } else {
        window.push(now)
        window.unsettled.add({ at: now, held: false, until: now + windowMs })
      }
      return { granted: true }
    }
    if (held < capacity) {
      // Full, and enough of it in the window: the next slot frees the moment the request counted
      // at `freeingStart` leaves (an in-flight slot settled meanwhile is counted from then on).
      const freeingStart = window.startFreeingSlotFor(capacity - held) as number
      return { granted: false, retryInMs: Math.max(1, freeingStart + windowMs - now) }
    }
    // Full of requests in flight: none frees before its answer plus a window, or its lease end.
    // Ask again a window from now (no slot can free sooner) instead of sleeping the whole lease.
    const leaseEnd = window.unsettled.firstLeaseEnd ?? now + windowMs
    return { granted: false, retryInMs: Math.max(1, Math.min(windowMs, leaseEnd - now)) }
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
      window.dropUntil(now - window.windowMs)
      window.unsettled.dropExpired(now)
      // A slot in flight keeps its key until it is settled or its lease ends.
      const idle = window.size === 0 && window.unsettled.held === 0
      if (idle && window.blockedUntil <= now) this.#windows.delete(key)
    }
  }

  /** Number of keys currently tracked (for tests and diagnostics). */
  get trackedKeys(): number {
    return this.#windows.size
  }
}
