import type { HaloWebhookEvent } from '../events/halo-webhook-event.js'
import { sha256 } from '../verify/constant-time.js'
import { encodeSignature } from '../verify/signature-encoding.js'

/**
 * What identifies a delivery for dedupe: Halo's delivery id (`id`) with the webhook's, when sent;
 * otherwise a SHA-256 of the body, so a byte-identical redelivery is still recognised.
 */
export async function deliveryKey(event: HaloWebhookEvent): Promise<string> {
  if (event.id !== undefined) return `id:${event.webhookId ?? '-'}:${event.id}`
  return `body:${encodeSignature(await sha256(event.rawBody), 'hex')}`
}
