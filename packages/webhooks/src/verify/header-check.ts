import { HaloWebhookVerificationError } from '../errors/halo-webhook-verification-error.js'
import { secretMatcher } from './constant-time.js'
import type { HaloHeaderAuthOptions } from './verify-options.js'

export type HeaderCheck = (headers: Headers) => Promise<void>

/** Checks that a custom header carries the configured value. */
export function createHeaderCheck(expected: HaloHeaderAuthOptions): HeaderCheck {
  const matches = secretMatcher(expected.value)
  return (headers) => checkHeader(headers, expected.name, matches)
}

async function checkHeader(
  headers: Headers,
  name: string,
  matches: (received: string) => Promise<boolean>,
): Promise<void> {
  const received = headers.get(name)
  if (received === null) {
    throw new HaloWebhookVerificationError(
      'header',
      'missing',
      `Header check failed: the request has no '${name}' header; check the header name set on the Halo webhook`,
    )
  }
  if (!(await matches(received))) {
    throw new HaloWebhookVerificationError(
      'header',
      'mismatch',
      `Header check failed: '${name}' does not carry the configured value`,
    )
  }
}
