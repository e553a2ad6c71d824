import { createHmacSigner } from '../verify/hmac-key.js'
import { encodeSignature } from '../verify/signature-encoding.js'
import { DEFAULT_SIGNATURE_HEADER, type HaloWebhookVerifyOptions } from '../verify/verify-options.js'

/** A delivery ready to send: the exact body and the headers that authenticate it. */
export interface SignedDelivery {
  readonly body: string
  readonly headers: Readonly<Record<string, string>>
}

const encoder = new TextEncoder()

/**
 * Builds what Halo would send for `payload` under the given checks: `Authorization: Basic` for
 * `basic`, the header for `header`, and the HMAC of the body's bytes (with prefix, in the digest)
 * for `hmac`. The counterpart of {@link verifyHaloWebhook}, for tests and simulations.
 *
 * @example
 * ```ts
 * import { signHaloDelivery } from '@halo/webhooks'
 *
 * const { body, headers } = await signHaloDelivery({ event: 'New Ticket Logged' }, { hmac: { secret: 's3cret-value' } })
 * console.log(headers['X-Halo-Signature'].length, body.length)
 * ```
 */
export async function signHaloDelivery(
  payload: unknown,
  auth: HaloWebhookVerifyOptions,
): Promise<SignedDelivery> {
  const body = JSON.stringify(payload)
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' }
  if (auth.basic)
    headers.Authorization = `Basic ${encodeSignature(encoder.encode(`${auth.basic.username}:${auth.basic.password}`), 'base64')}`
  if (auth.header) headers[auth.header.name] = auth.header.value
  if (auth.hmac) {
    const {
      secret,
      algorithm = 'sha256',
      digest = 'hex',
      header = DEFAULT_SIGNATURE_HEADER,
      prefix = '',
    } = auth.hmac
    const mac = await createHmacSigner(secret, algorithm)(encoder.encode(body))
    headers[header] = prefix + encodeSignature(mac, digest)
  }
  return { body, headers }
}
