import type { AccessToken } from '../auth/token.js'
import type { CircuitBreaker } from '../circuit-breaker/circuit-breaker.js'
import type { HaloError } from '../errors/halo-error.js'
import type { HttpMethod } from '../operation/descriptor.js'
import type { HaloHooks } from '../options/hooks.js'
import type { ResponseType } from '../options/request-options.js'
import type { RetryOptions } from '../options/retry-options.js'
import type { RateLimiter } from '../rate-limit/rate-limiter.js'
import type { CompleteLogger } from '../redaction/redacting-logger.js'
import type { Redactor } from '../redaction/redactor.js'
import type { ResponseCache } from '../resource/response-cache/response-cache.js'
import type { EncodedBody } from './encode-body.js'
import type { FailedResponse } from './error-from-response.js'
import type { RequestContext } from './request-context.js'
import type { AttemptFailure } from './retry-policy.js'

/** Where API calls get their bearer token. */
export interface TokenSource {
  /** The cached token while it is good, without waiting; `undefined` when one must be fetched. */
  cachedToken?(): AccessToken | undefined
  getToken(signal?: AbortSignal): Promise<AccessToken>
  /** The API refused `token` (401): forget it and fetch a fresh one, once for all callers. */
  refreshAfterRejection(token: AccessToken, signal?: AbortSignal): Promise<void>
}

/** One logical request; the transport makes as many attempts as the retry rules allow. */
export interface TransportRequest {
  readonly method: HttpMethod
  /** Full URL (built and validated by the caller). */
  readonly url: string
  /**
   * The URL's host and origin, when the caller knows them already (every API call goes to the
   * same instance); otherwise the transport parses the URL.
   */
  readonly target?: { readonly host: string; readonly origin: string } | undefined
  readonly headers?: Readonly<Record<string, string>> | undefined
  readonly body?: EncodedBody | undefined
  readonly responseType?: ResponseType | undefined
  readonly signal?: AbortSignal | undefined
  readonly timeoutMs: number
  /** The most the whole call may take (limiter, token, attempts, backoff); none when undefined. */
  readonly deadlineMs?: number | undefined
  /** The longest a wait in the rate limiter may last (`api` requests); `Infinity` for no cap. */
  readonly maxRateLimitWaitMs?: number | undefined
  readonly retry: RetryOptions | false
  /** Generated operation name, for hooks and logs. */
  readonly operation?: string | undefined
  /** The route template for hooks (`/Tickets/{id}`); the URL's path when absent. */
  readonly route?: string | undefined
  /** The call's id when the caller made it already (`withResponse`); otherwise made when needed. */
  readonly requestId?: string | undefined
  /**
   * `api` calls pass the rate limiter and carry a bearer token; `auth` calls (token endpoint,
   * AuthInfo discovery) do neither.
   */
  readonly kind: 'api' | 'auth'
  /** Safe to repeat whatever the method (a token request). */
  readonly idempotent?: boolean | undefined
  /** Builds the error for a final HTTP failure (the token endpoint explains failures its own way). */
  readonly errorFor?: ((failure: FailedResponse) => HaloError) | undefined
  /** Builds the error for a connection failure. */
  readonly connectionErrorFor?: ((message: string, cause: unknown) => HaloError) | undefined
}

export interface TransportResponse {
  readonly status: number
  readonly headers: Headers
  /** Parsed JSON, text, bytes or a stream, per `responseType`; `undefined` for an empty body. */
  readonly data: unknown
}

export interface Transport {
  execute(request: TransportRequest): Promise<TransportResponse>
}

export interface TransportDependencies {
  readonly fetch: () => typeof globalThis.fetch
  readonly defaultHeaders: Readonly<Record<string, string>>
  readonly redactor: Redactor
  readonly logger: CompleteLogger
  readonly hooks: HaloHooks
  /** Required for `api` requests; `auth`-only transports (the standalone OAuth helpers) omit it. */
  readonly limiter?: RateLimiter | undefined
  /** Resolved lazily: the token manager itself sends its requests through this transport. */
  readonly tokens?: (() => TokenSource) | undefined
  /** Stops calling a host that keeps failing; none for the standalone OAuth helpers. */
  readonly breaker?: CircuitBreaker | undefined
  /** Whether a redirect may lead to plain `http://` off loopback (as `baseUrl` may). */
  readonly allowInsecureHttp?: boolean | undefined
  /** The largest body read into memory (streams are exempt). Default 64 MiB. */
  readonly maxResponseBytes?: number | undefined
  readonly now?: () => number
  /**
   * The response cache (`HaloCoreOptions.cache`): asked before a GET takes a rate-limit slot (a
   * cached answer costs none of the tenant's budget), given the bodies the transport read, and
   * cleared after writes; none when the client caches nothing.
   */
  readonly responseCache?: ResponseCache | undefined
}

export type TransportContext = RequestContext<TransportRequest>

/** What the call does after a failed attempt: end with `error()`, or wait and try again. */
export interface FailedAttempt {
  readonly failure: AttemptFailure
  readonly retryAfterMs: number | undefined
  /** The error the call ends with if this attempt is its last. */
  readonly error: () => HaloError
}
