import type { HaloErrorKind } from './error-kind.js'
import { HaloError, type HaloErrorDetails } from './halo-error.js'

/** Halo answered 429 and the retries were spent. */
export class HaloRateLimitError extends HaloError {
  /** Seconds Halo asked to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined

  constructor(
    message: string,
    details: HaloErrorDetails & { readonly retryAfter?: number | undefined } = {},
  ) {
    super(message, details)
    this.retryAfter = details.retryAfter
  }

  protected override kind(): HaloErrorKind {
    return 'rate_limit'
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfter: this.retryAfter }
  }
}
