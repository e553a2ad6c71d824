import type { HttpMethod } from '../operation/descriptor.js'
import type { RetryOptions } from '../options/retry-options.js'

/** How an attempt ended, as far as retrying is concerned. */
export type AttemptFailure =
  | { readonly type: 'status'; readonly status: number }
  /** The request may have reached Halo (timeout or reset after sending). */
  | { readonly type: 'timeout' }
  | { readonly type: 'network'; readonly sent: boolean }
  /** A 2xx whose body claims JSON and does not parse: Halo processed the request, the answer broke. */
  | { readonly type: 'malformed' }

/** Methods whose replay cannot create a second record. */
function isIdempotent(method: HttpMethod): boolean {
  return method === 'GET' || method === 'DELETE'
}

/**
 * Whether a failed attempt may be repeated (openai-node's `shouldRetry`, with Halo's write rules):
 *
 * - network errors, timeouts, 408, 429, 502, 503, 504 are retried for GET and DELETE; 500 too;
 * - a write (POST/PUT/PATCH) is retried only when the answer proves it was not processed: a 429
 *   (Halo's own rate limiter refuses a request before doing any of it) or a connection that was
 *   never made. Everything else leaves its fate unknown and needs `retryUnsafeWrites`: a timeout
 *   or a reset after sending, and 408, 502, 503 and 504, which a proxy or load balancer in front
 *   of Halo may answer after Halo processed the request (a replayed POST is a second ticket). A
 *   500 on a write is never replayed. See docs/RELIABILITY.md ("Which answers prove a write was
 *   not processed").
 *
 * A 2xx answer cut short (JSON that does not parse) is asked again only when the request is
 * idempotent: a write was processed, and even `retryUnsafeWrites` must not replay it.
 *
 * `idempotent` overrides the method (token requests are POSTs that are safe to repeat).
 */
export function shouldRetry(
  failure: AttemptFailure,
  method: HttpMethod,
  retry: RetryOptions,
  idempotent = isIdempotent(method),
): boolean {
  const unknownFateAllowed = idempotent || retry.retryUnsafeWrites
  switch (failure.type) {
    case 'timeout':
      return unknownFateAllowed
    case 'malformed':
      return idempotent
    case 'network':
      return !failure.sent || unknownFateAllowed
    case 'status': {
      const { status } = failure
      if (status === 429) return true
      if (status === 408 || status === 502 || status === 503 || status === 504) return unknownFateAllowed
      if (status === 500) return idempotent
      return false
    }
  }
}

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date; undefined if absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined
  const text = header.trim()
  if (text === '') return undefined
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/**
 * How long to wait before retry number `retryNumber` (1 for the first retry).
 *
 * - A server's `Retry-After` wins, capped by `maxDelayMs`.
 * - 429 without it: Halo's window is a rolling 5 minutes, so short waits only burn attempts; wait
 *   at least ten times the base delay, doubling, with half of it jittered.
 * - Anything else: exponential backoff with full jitter.
 */
export function retryDelay(options: {
  readonly retryNumber: number
  readonly retry: RetryOptions
  readonly retryAfterMs?: number | undefined
  readonly status?: number | undefined
  readonly random?: () => number
}): number {
  const { retryNumber, retry } = options
  const random = options.random ?? Math.random
  if (options.retryAfterMs !== undefined) return Math.min(options.retryAfterMs, retry.maxDelayMs)
  const exponent = 2 ** Math.max(0, retryNumber - 1)
  if (options.status === 429) {
    const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 10 * exponent)
    return Math.round(ceiling / 2 + (random() * ceiling) / 2)
  }
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * exponent)
  return Math.round(random() * ceiling)
}
