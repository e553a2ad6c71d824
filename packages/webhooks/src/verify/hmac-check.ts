import { HaloWebhookVerificationError } from '../errors/halo-webhook-verification-error.js'
import { bytesEqual } from './constant-time.js'
import { createHmacSigner } from './hmac-key.js'
import { algorithmOfLength, decodeSignature } from './signature-encoding.js'
import {
  DEFAULT_SIGNATURE_HEADER,
  type HaloHmacAlgorithm,
  type HaloHmacOptions,
  type HaloSignatureDigest,
} from './verify-options.js'

/** An HMAC check with its key imported once, for every delivery a handler receives. */
export interface HmacCheck {
  check(headers: Headers, body: Uint8Array): Promise<void>
}

export function createHmacCheck(options: HaloHmacOptions): HmacCheck {
  const algorithm: HaloHmacAlgorithm = options.algorithm ?? 'sha256'
  const digest: HaloSignatureDigest = options.digest ?? 'hex'
  const headerName = options.header ?? DEFAULT_SIGNATURE_HEADER
  const prefix = options.prefix ?? ''
  const label = `HMAC-${algorithm.toUpperCase()}, ${digest}`
  const sign = createHmacSigner(options.secret, algorithm)
  const fail = (failure: 'missing' | 'malformed' | 'mismatch', detail: string) =>
    new HaloWebhookVerificationError('hmac', failure, `HMAC check failed: ${detail}`)

  return {
    async check(headers, body) {
      const value = headers.get(headerName)
      if (value === null) {
        throw fail(
          'missing',
          `the request has no '${headerName}' header; set hmac.header to the header your Halo webhook signs into`,
        )
      }
      const trimmed = value.trim()
      // The prefix is configuration, not a secret, so naming it helps without revealing anything.
      if (!trimmed.startsWith(prefix)) {
        throw fail('malformed', `'${headerName}' does not start with the configured prefix '${prefix}'`)
      }
      const provided = decodeSignature(trimmed.slice(prefix.length), digest)
      if (provided === undefined || provided.length === 0) {
        throw fail(
          'malformed',
          `'${headerName}' is not a ${digest} signature (${label}); check hmac.digest and hmac.prefix`,
        )
      }
      const expected = await sign(body)
      if (bytesEqual(provided, expected)) return
      const other = provided.length === expected.length ? undefined : algorithmOfLength(provided.length)
      const hint = other
        ? `the signature has the length of an HMAC-${other.toUpperCase()}; check hmac.algorithm`
        : 'check the secret, hmac.algorithm and hmac.digest, and that nothing re-encoded the body before verification'
      throw fail('mismatch', `the signature does not match the body (${label}); ${hint}`)
    },
  }
}
