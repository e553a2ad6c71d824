import type { HaloWebhookVerifyOptions } from '../verify/verify-options.js'
import { sampleTicketPayload } from './sample-payload.js'
import { signHaloDelivery } from './sign-delivery.js'

export interface SimulateWebhookDeliveryOptions {
  /** The receiver to send to. */
  readonly url: string
  /** The Halo event name, e.g. `'New Ticket Logged'`. */
  readonly event: string
  /** How to authenticate the delivery (as the receiver's verify options); none sends it unsigned. */
  readonly auth?: HaloWebhookVerifyOptions | undefined
  /** The body to send instead of the sample ticket payload. */
  readonly payload?: unknown
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch | undefined
  readonly signal?: AbortSignal | undefined
}

export interface SimulatedDelivery {
  /** The receiver's answer. */
  readonly status: number
  readonly responseBody: string
  /** What was sent (header names only: their values may be credentials). */
  readonly sent: { readonly event: string; readonly bytes: number; readonly headerNames: readonly string[] }
}

/**
 * Sends one sample delivery shaped as Halo's, authenticated as configured, and reports the answer:
 * a way to try a receiver without waiting for Halo. `halo webhooks simulate` runs this.
 *
 * @example
 * ```ts
 * import { simulateWebhookDelivery } from '@halo/webhooks'
 *
 * const result = await simulateWebhookDelivery({
 *   url: 'http://127.0.0.1:8080/halo',
 *   event: 'New Ticket Logged',
 *   auth: { hmac: { secret: process.env.HALO_WEBHOOK_SECRET ?? '' } },
 * })
 * console.log(result.status, result.responseBody)
 * ```
 */
export async function simulateWebhookDelivery(
  options: SimulateWebhookDeliveryOptions,
): Promise<SimulatedDelivery> {
  const payload = options.payload ?? sampleTicketPayload(options.event)
  const { body, headers } = await signHaloDelivery(payload, options.auth ?? {})
  const send = options.fetch ?? fetch
  const response = await send(options.url, {
    method: 'POST',
    headers,
    body,
    ...(options.signal ? { signal: options.signal } : {}),
  })
  return {
    status: response.status,
    responseBody: await response.text(),
    sent: {
      event: options.event,
      bytes: new TextEncoder().encode(body).byteLength,
      headerNames: Object.keys(headers),
    },
  }
}
