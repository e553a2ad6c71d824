import type { RetryOptions } from './retry-options.js'

/** Per-call options, accepted last by every call. */
export interface RequestOptions {
  /** Aborts the call wherever it is: waiting for the limiter, the token, the network or a backoff. */
  readonly signal?: AbortSignal
  /** Time allowed for each attempt (headers and body), overriding the client's `timeoutMs`. */
  readonly timeoutMs?: number
  /** Retry settings for this call, or `false` to make exactly one attempt. */
  readonly retry?: Partial<RetryOptions> | false
  /** Extra request headers. `Authorization` is always set by the client. */
  readonly headers?: Readonly<Record<string, string>>
}

/** What a raw call reads back. */
export type ResponseType = 'json' | 'text' | 'bytes' | 'stream'

/** Options of raw calls (`core.get(path, …)` etc.). */
export interface RawRequestOptions extends RequestOptions {
  /** Query parameters by wire name; arrays are sent comma-separated, `undefined` values are dropped. */
  readonly query?: Readonly<Record<string, unknown>>
  /** How to read the response body: parsed JSON (default), text, bytes (`Uint8Array`) or a stream. */
  readonly responseType?: ResponseType
}
