import type { HttpMethod } from '../operation/descriptor.js'

/** What a hook sees of a request about to be sent (headers redacted). */
export interface RequestHookEvent {
  /** The call's id (`req_…`), the same in every hook of one call and on the error it may end with. */
  readonly requestId: string
  readonly method: HttpMethod
  readonly url: string
  /** 1 for the first attempt, then 2, 3 … for retries and a replay after a token refresh. */
  readonly attempt: number
  readonly headers: Readonly<Record<string, string>>
  readonly operation?: string | undefined
  /**
   * The route template, without method or query: `/Tickets/{id}` for an operation; for a raw call
   * its path with every all-digit segment as `{id}`; for a token request the token URL's path.
   */
  readonly route: string
  /** How long this attempt queued in the client's rate limiter, in ms, when it had to wait. */
  readonly rateLimitWaitMs?: number | undefined
}

/** What a hook sees of a response that arrived (any status). */
export interface ResponseHookEvent extends RequestHookEvent {
  readonly status: number
  /** This attempt's time on the wire, in ms (request sent to body read). */
  readonly durationMs: number
}

/** What a hook sees of a retry about to wait. */
export interface RetryHookEvent extends RequestHookEvent {
  readonly reason: string
  /** The wait before the next attempt (Halo's `Retry-After` on a 429). */
  readonly delayMs: number
  readonly status?: number | undefined
}

/** What a hook sees once a call is over, answered or failed: once per call, after every attempt. */
export interface EndHookEvent {
  readonly requestId: string
  readonly method: HttpMethod
  readonly url: string
  readonly route: string
  readonly operation?: string | undefined
  /** Attempts made (0 when the call ended before sending: circuit open, rate-limit wait too long). */
  readonly attempts: number
  /** The whole call, in ms: limiter, token, every attempt and backoff. */
  readonly durationMs: number
  /** The final status, when Halo answered. */
  readonly status?: number | undefined
  /** How it failed (already redacted), when it did. */
  readonly error?: { readonly name: string; readonly message: string } | undefined
}

/** Observability callbacks. Payloads never hold secrets; a throwing hook never breaks a call. */
export interface HaloHooks {
  readonly onRequest?: ((event: RequestHookEvent) => void) | undefined
  readonly onResponse?: ((event: ResponseHookEvent) => void) | undefined
  readonly onRetry?: ((event: RetryHookEvent) => void) | undefined
  /** Once per call, when it is over: where a trace span ends. */
  readonly onEnd?: ((event: EndHookEvent) => void) | undefined
}
