import type { RetryOptions } from './retry-options.js'

/** Per-call options, accepted last by every call. */
export interface RequestOptions {
  /** Aborts the call wherever it is: waiting for the limiter, the token, the network or a backoff. */
  readonly signal?: AbortSignal | undefined
  /** Time allowed for each attempt (headers and body), overriding the client's `timeoutMs`. */
  readonly timeoutMs?: number | undefined
  /** The most this whole call may take (limiter, token, attempts, backoff), overriding the client's `deadlineMs`. */
  readonly deadlineMs?: number | undefined
  /** The longest this call may queue in the rate limiter, overriding the client's `maxRateLimitWaitMs`. */
  readonly maxRateLimitWaitMs?: number | undefined
  /** Retry settings for this call, or `false` to make exactly one attempt. */
  readonly retry?: Partial<RetryOptions> | false | undefined
  /** Extra request headers. `Authorization` is always set by the client. */
  readonly headers?: Readonly<Record<string, string>> | undefined
}

/** What a raw call reads back. */
export type ResponseType = 'json' | 'text' | 'bytes' | 'stream'

/** Options of raw calls (`core.get(path, …)` etc.). */
export interface RawRequestOptions extends RequestOptions {
  /** Query parameters by wire name; arrays are sent comma-separated, `undefined` values are dropped. */
  readonly query?: Readonly<Record<string, unknown>> | undefined
  /** How to read the response body: parsed JSON (default), text, bytes (`Uint8Array`) or a stream. */
  readonly responseType?: ResponseType | undefined
}
