import type { HttpMethod } from '../operation/descriptor.js'
import type { Redactor } from '../redaction/redactor.js'

/**
 * What one logical request works out once, whatever the number of attempts. The redacted URL is
 * only needed when something logs, calls a hook or fails, so it is made on first use.
 *
 * A class so that `url` is a prototype getter: the circuit breaker takes the context itself as the
 * request it describes, where an object literal with a getter per attempt measurably cost time.
 */
export class RequestContext<Request extends { readonly method: HttpMethod; readonly url: string }> {
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

  constructor(
    request: Request,
    target: { readonly host: string; readonly origin: string },
    headers: Readonly<Record<string, string>>,
    redactor: Redactor,
  ) {
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

  safeUrl(): string {
    return this.url
  }
}
