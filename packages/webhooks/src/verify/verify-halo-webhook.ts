import type { HaloWebhookEvent } from '../events/halo-webhook-event.js'
import { compileVerifier } from './compile-verifier.js'
import type { HaloWebhookVerifyOptions } from './verify-options.js'

/**
 * Checks one delivery (every configured check, in constant time), reads its raw body within the
 * size limit and parses it into a typed event. Throws {@link HaloWebhookVerificationError} when a
 * check fails and {@link HaloWebhookPayloadError} for a body too large (413) or not JSON (400).
 *
 * @example
 * ```ts
 * import { verifyHaloWebhook } from '@halo/webhooks'
 *
 * export async function POST(request: Request): Promise<Response> {
 *   const event = await verifyHaloWebhook(request, {
 *     basic: { username: 'halo', password: process.env.HALO_WEBHOOK_PASSWORD ?? '' },
 *   })
 *   if (event.type === 'ticket') console.log(event.name, event.ticket.id, event.ticket.summary)
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export function verifyHaloWebhook(
  request: Request,
  options: HaloWebhookVerifyOptions,
): Promise<HaloWebhookEvent> {
  return compileVerifier(options)(request)
}
