import type { RateLimitOptions } from '../options/core-options.js'

/**
 * One rolling window that keeps both `current` and `learned`: it never allows more than either
 * does in any span of either window, so adopting it can only lower the rate.
 *
 * Two windows of different lengths cannot be merged exactly. The result keeps the smaller burst
 * (`s` requests) and stretches its window until the other limit (`b` per `bWindow`) holds too: at
 * most `floor(b / s)` bursts of `s` may start within `bWindow`, so the window becomes
 * `bWindow / floor(b / s)`. When Halo's figures are stricter in both burst and rate this is simply
 * Halo's figures as they are: `{ 500 / 5 min } + { 300 / 5 min } → { 300 / 5 min }`.
 */
export function stricterLimit(current: RateLimitOptions, learned: RateLimitOptions): RateLimitOptions {
  const [small, big] = learned.requests <= current.requests ? [learned, current] : [current, learned]
  const burstsPerBigWindow = Math.floor(big.requests / small.requests)
  const windowMs = Math.max(small.windowMs, Math.ceil(big.windowMs / burstsPerBigWindow))
  return { requests: small.requests, windowMs }
}

/** True for a limit the limiter can enforce: at least one whole request per positive, finite window. */
export function isUsableLimit(limit: RateLimitOptions): boolean {
  return (
    Number.isInteger(limit.requests) &&
    limit.requests >= 1 &&
    Number.isFinite(limit.windowMs) &&
    limit.windowMs > 0
  )
}
