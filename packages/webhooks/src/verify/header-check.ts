import { HaloWebhookVerificationError } from '../errors/halo-webhook-verification-error.js'
import { stringsEqual } from './constant-time.js'
import type { HaloHeaderAuthOptions } from './verify-options.js'

/** Checks that a custom header carries the configured value. */
export async function checkHeader(headers: Headers, expected: HaloHeaderAuthOptions): Promise<void> {
  const received = headers.get(expected.name)
  if (received === null) {
    throw new HaloWebhookVerificationError(
      'header',
      'missing',
      `Header check failed: the request has no '${expected.name}' header; check the header name set on the Halo webhook`,
    )
  }
  if (!(await stringsEqual(received, expected.value))) {
    throw new HaloWebhookVerificationError(
      'header',
      'mismatch',
      `Header check failed: '${expected.name}' does not carry the configured value`,
    )
  }
}
