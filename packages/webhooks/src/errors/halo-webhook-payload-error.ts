/**
 * The delivery passed its checks (or had none to pass yet) but its body cannot be used: larger than
 * the limit (HTTP 413) or not JSON (HTTP 400). `status` is the answer a receiver should give.
 */
export class HaloWebhookPayloadError extends Error {
  override readonly name = 'HaloWebhookPayloadError'
  readonly status: 400 | 413

  constructor(status: 400 | 413, message: string) {
    super(message)
    this.status = status
  }
}

/** True for a {@link HaloWebhookPayloadError}, also across bundle copies. */
export function isHaloWebhookPayloadError(error: unknown): error is HaloWebhookPayloadError {
  return error instanceof Error && error.name === 'HaloWebhookPayloadError'
}
