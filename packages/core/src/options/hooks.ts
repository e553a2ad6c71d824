import type { HttpMethod } from '../operation/descriptor.js'

/** What a hook sees of a request about to be sent (headers redacted). */
export interface RequestHookEvent {
  readonly method: HttpMethod
  readonly url: string
  readonly attempt: number
  readonly headers: Readonly<Record<string, string>>
  readonly operation?: string | undefined
}

/** What a hook sees of a response that arrived (any status). */
export interface ResponseHookEvent extends RequestHookEvent {
  readonly status: number
  readonly durationMs: number
}

/** What a hook sees of a retry about to wait. */
export interface RetryHookEvent extends RequestHookEvent {
  readonly reason: string
  readonly delayMs: number
  readonly status?: number | undefined
}

/** Observability callbacks. Payloads never hold secrets; a throwing hook never breaks a call. */
export interface HaloHooks {
  readonly onRequest?: ((event: RequestHookEvent) => void) | undefined
  readonly onResponse?: ((event: ResponseHookEvent) => void) | undefined
  readonly onRetry?: ((event: RetryHookEvent) => void) | undefined
}
