import type { HttpMethod } from '../operation/descriptor.js'
import { redactText } from '../redaction/redact-text.js'
import { HALO_ERROR_KIND, HALO_ERROR_NAMES, type HaloErrorKind } from './error-kind.js'

/** What an error knows about the call that failed. Every field is already free of secrets. */
export interface HaloErrorDetails {
  readonly status?: number | undefined
  readonly method?: HttpMethod | undefined
  readonly url?: string | undefined
  readonly body?: unknown
  readonly cause?: unknown
}

/**
 * The base of every error the client throws. `message` says what went wrong and what to check;
 * `url` and `body` never hold a secret (they are redacted before an error is built, and the
 * message is scrubbed once more here as a last line of defence).
 */
export class HaloError extends Error {
  declare readonly [HALO_ERROR_KIND]: HaloErrorKind
  /** HTTP status, when Halo answered. */
  readonly status: number | undefined
  readonly method: HttpMethod | undefined
  /** The request URL, without secrets. */
  readonly url: string | undefined
  /** What Halo sent back (parsed JSON, or text cut to a readable length), redacted. */
  readonly body: unknown
  /** The id of the call this error ended (`req_…`), as its hooks saw it. */
  readonly requestId: string | undefined = undefined
  /** How long the whole call took, in ms (limiter, token, every attempt, backoff). */
  readonly durationMs: number | undefined = undefined
  /** Attempts made, when the call reached the network stage. */
  readonly attempts: number | undefined = undefined

  constructor(message: string, details: HaloErrorDetails = {}) {
    super(redactText(message), details.cause === undefined ? undefined : { cause: details.cause })
    // Non-enumerable so that logging frameworks that walk own properties don't print it twice.
    Object.defineProperty(this, HALO_ERROR_KIND, { value: this.kind(), enumerable: false })
    // Spelled out rather than `new.target.name`: bundlers may rename classes.
    this.name = HALO_ERROR_NAMES[this.kind()]
    this.status = details.status
    this.method = details.method
    this.url = details.url === undefined ? undefined : redactText(details.url)
    this.body = details.body
  }

  /** Overridden by each subclass; read once by the constructor. */
  protected kind(): HaloErrorKind {
    return 'halo'
  }

  /** A plain object for logs and JSON; never holds the stack or the cause (they may hold secrets). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this[HALO_ERROR_KIND],
      message: this.message,
      status: this.status,
      method: this.method,
      url: this.url,
      body: this.body,
      requestId: this.requestId,
      durationMs: this.durationMs,
      attempts: this.attempts,
    }
  }
}
