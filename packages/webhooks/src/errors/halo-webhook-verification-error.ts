/** Which configured check rejected a delivery. */
export type HaloWebhookCheck = 'basic' | 'header' | 'hmac'

/** Why the check rejected it: nothing to check, a value that cannot be read, or a wrong value. */
export type HaloWebhookFailure = 'missing' | 'malformed' | 'mismatch'

/**
 * A delivery failed an authentication check. The message says which check and why, and what to
 * look at; it never holds the configured secret nor the value the request carried.
 */
export class HaloWebhookVerificationError extends Error {
  override readonly name = 'HaloWebhookVerificationError'
  readonly check: HaloWebhookCheck
  readonly failure: HaloWebhookFailure

  constructor(check: HaloWebhookCheck, failure: HaloWebhookFailure, message: string) {
    super(message)
    this.check = check
    this.failure = failure
  }
}

/** True for a {@link HaloWebhookVerificationError}, also across bundle copies. */
export function isHaloWebhookVerificationError(error: unknown): error is HaloWebhookVerificationError {
  return error instanceof Error && error.name === 'HaloWebhookVerificationError'
}
