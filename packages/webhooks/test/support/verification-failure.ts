import { expect } from 'vitest'
import { HaloWebhookVerificationError } from '../../src/index.js'

/** The verification error a call rejects with; fails the test when it resolves or throws anything else. */
export async function verificationFailure(promise: Promise<unknown>): Promise<HaloWebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(HaloWebhookVerificationError)
  return error as HaloWebhookVerificationError
}
