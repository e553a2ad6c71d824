import type { RateLimiter } from '../rate-limit/rate-limiter.js'
import { CallDeadline } from './call-deadline.js'

/**
 * A slot from the rate limiter, waiting at most `maxWaitMs`. A learned window, a long block or a
 * queue of thousands can make a wait long; past the cap the call ends with the error `tooLong()`
 * builds instead of waiting on. `signal` (the caller's, or the call's deadline) still aborts the
 * wait at any time. The common case, a free slot, takes no timer at all.
 */
export async function admitThroughLimiter(
  limiter: RateLimiter,
  signal: AbortSignal | undefined,
  maxWaitMs: number,
  tooLong: () => unknown,
): Promise<() => void> {
  const now = limiter.tryAcquire(signal)
  if (now !== undefined) return now
  if (maxWaitMs === Number.POSITIVE_INFINITY) return limiter.acquire(signal)
  const bounded = new CallDeadline(maxWaitMs, signal, tooLong)
  try {
    return await limiter.acquire(bounded.signal)
  } finally {
    bounded.clear()
  }
}
