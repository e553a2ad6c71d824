import { newRequestId } from '../observability/request-id.js'
import type { HttpMethod } from '../operation/descriptor.js'
import type { Redactor } from '../redaction/redactor.js'

/**
 * What one logical request works out once, whatever the number of attempts. The redacted URL is
 * only needed when something logs, calls a hook or fails, so it is made on first use.
 *
 * A class so that `url` is a prototype getter: the circuit breaker takes the context itself as the
 * request it describes, where an object literal with a getter per attempt measurably cost time.
 */
export class RequestContext<
  Request extends {
    readonly method: HttpMethod
    readonly url: string
    readonly route?: string | undefined
    readonly requestId?: string | undefined
  },
> {
  readonly request: Request
  readonly host: string
  readonly origin: string
  /**
   * Headers without `Authorization` (added per attempt: the token may change in between). Shared
   * between requests when the request adds none of its own, so never mutated.
   */
  readonly headers: Readonly<Record<string, string>>
  readonly #redactor: Redactor
  #safeUrl: string | undefined
  #requestId: string | undefined
  /** When the call began (for the duration an error reports). */
  readonly startedAt: number
  /** How long the current attempt queued in the rate limiter; set per attempt, 0 when it did not. */
  rateLimitWaitMs = 0

  constructor(
    request: Request,
    target: { readonly host: string; readonly origin: string },
    headers: Readonly<Record<string, string>>,
    redactor: Redactor,
    startedAt = 0,
  ) {
    this.startedAt = startedAt
    this.request = request
    this.host = target.host
    this.origin = target.origin
    this.headers = headers
    this.#redactor = redactor
  }

  get method(): HttpMethod {
    return this.request.method
  }

  /** The request's URL with secrets redacted: safe to log, to pass to hooks and to put in errors. */
  get url(): string {
    this.#safeUrl ??= this.#redactor.redactString(this.request.url)
    return this.#safeUrl
  }

  /** The call's id, made on first use (only hooks, errors and `withResponse` read it). */
  get requestId(): string {
    this.#requestId ??= this.request.requestId ?? newRequestId()
    return this.#requestId
  }

  /** The route template hooks report; a request that names none reports its URL's path. */
  get route(): string {
    return this.request.route ?? new URL(this.request.url).pathname
  }

  safeUrl(): string {
    return this.url
  }
}
