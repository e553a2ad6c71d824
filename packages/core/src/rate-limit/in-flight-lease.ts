/** The default lease's floor: far longer than any request. */
const MIN_DEFAULT_LEASE_MS = 600_000

/**
 * How long a slot held in flight (`untilSettled`) stays counted without being settled: the bound on
 * what a caller that never settles (or dies mid-request) can hold. `configuredMs` when a store was
 * given one, else 10 minutes or two windows if longer; never less than one window, so a held slot
 * cannot free before a slot counted from its grant would. Every store uses this, so an in-memory
 * and a shared store of one tenant agree on it.
 *
 * @example
 * ```ts
 * import { inFlightLeaseMs } from '@halo/core'
 *
 * inFlightLeaseMs(60_000) // 600_000: ten minutes
 * inFlightLeaseMs(60_000, 5_000) // 60_000: a configured lease is held at least one window
 * ```
 */
export function inFlightLeaseMs(windowMs: number, configuredMs?: number | undefined): number {
  return Math.max(configuredMs ?? Math.max(MIN_DEFAULT_LEASE_MS, 2 * windowMs), windowMs)
}

/** Checks a configured lease; the message names the option, so it reads right from any store. */
export function checkInFlightLeaseMs(leaseMs: number | undefined): number | undefined {
  if (leaseMs !== undefined && !(Number.isFinite(leaseMs) && leaseMs > 0)) {
    throw new RangeError(`inFlightLeaseMs must be a number > 0, got ${leaseMs}`)
  }
  return leaseMs
}
