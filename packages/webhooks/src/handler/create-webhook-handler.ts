import type { DeliveryClaim, WebhookDedupeStore } from '../dedupe/dedupe-store.js'
import { deliveryKey } from '../dedupe/delivery-key.js'
import { createMemoryDedupeStore } from '../dedupe/memory-dedupe-store.js'
import { isHaloWebhookPayloadError } from '../errors/halo-webhook-payload-error.js'
import { isHaloWebhookVerificationError } from '../errors/halo-webhook-verification-error.js'
import { eventKey } from '../events/event-key.js'
import type { HaloWebhookEvent } from '../events/halo-webhook-event.js'
import { compileVerifier } from '../verify/compile-verifier.js'
import type {
  CreateWebhookHandlerOptions,
  HaloWebhookEventHandler,
  HaloWebhookHandler,
} from './handler-options.js'
import { answer } from './responses.js'

const ACCEPTED_METHODS = new Set(['POST', 'PUT', 'PATCH'])

/**
 * A Fetch-standard receiver for Halo's webhooks. It answers 401 when a check fails, 413 for a body
 * over the limit, 400 for a body that is not JSON, 200 once the event's handlers finished (or the
 * delivery is a duplicate of one handled), 500 when a handler throws (so Halo retries, and the retry
 * runs the handlers again), 409 while another request handles the same delivery, and 503 when the
 * dedupe store cannot be reached.
 *
 * @example
 * ```ts
 * import { createWebhookHandler } from '@halo/webhooks'
 *
 * const handler = createWebhookHandler({
 *   verify: { hmac: { secret: process.env.HALO_WEBHOOK_SECRET ?? '', prefix: 'sha256=' } },
 *   on: {
 *     'New Ticket Logged': async (event) => {
 *       if (event.type === 'ticket') console.log('new ticket', event.ticket.id, event.ticket.summary)
 *     },
 *     '*': async (event) => console.log('event', event.name),
 *   },
 *   dedupe: true,
 * })
 * // Bun: Bun.serve({ fetch: handler }); Deno: Deno.serve(handler); Hono: app.post('/halo', (c) => handler(c.req.raw))
 * ```
 */
export function createWebhookHandler(options: CreateWebhookHandlerOptions): HaloWebhookHandler {
  const verify = compileVerifier(options.verify)
  const handlers = indexHandlers(options.on)
  const store: WebhookDedupeStore | undefined =
    options.dedupe === true ? createMemoryDedupeStore() : options.dedupe || undefined

  return async (request) => {
    if (!ACCEPTED_METHODS.has(request.method.toUpperCase())) {
      return answer(
        405,
        { error: `Halo webhooks are received with POST, not ${request.method}` },
        { allow: 'POST' },
      )
    }
    let event: HaloWebhookEvent
    try {
      event = await verify(request)
    } catch (error) {
      if (isHaloWebhookVerificationError(error))
        return answer(401, { error: error.message, check: error.check })
      if (isHaloWebhookPayloadError(error)) return answer(error.status, { error: error.message })
      return answer(500, { error: 'The delivery could not be read; Halo will retry it' })
    }

    const run = [handlers.get(event.key), handlers.get('*')].filter((h) => h !== undefined)
    const key = store ? await deliveryKey(event) : undefined
    if (store && key !== undefined) {
      let claim: DeliveryClaim
      try {
        claim = await store.claim(key)
      } catch {
        return answer(503, { error: 'The dedupe store could not be reached; Halo will retry the delivery' })
      }
      if (claim === 'handled') return answer(200, { ok: true, duplicate: true })
      if (claim === 'in-progress') {
        return answer(409, { error: 'This delivery is being handled by another request; Halo will retry it' })
      }
    }

    try {
      for (const handler of run) await handler(event)
    } catch (error) {
      try {
        options.onError?.(error, event)
      } catch {
        // a failing error reporter must not change the answer Halo gets
      }
      if (store && key !== undefined) await store.release(key).catch(() => undefined)
      return answer(500, {
        error: `A handler failed for event '${event.name || '(unnamed)'}'; Halo will retry it`,
      })
    }
    if (store && key !== undefined) {
      try {
        await store.complete(key)
      } catch {
        // The handlers ran; failing the delivery now would run them twice. A lost mark only means a
        // redelivery may run them again, which dedupe cannot prevent without the store anyway.
      }
    }
    return answer(200, { ok: true, handled: run.length })
  }
}

function indexHandlers(
  on: Readonly<Record<string, HaloWebhookEventHandler>>,
): Map<string, HaloWebhookEventHandler> {
  const index = new Map<string, HaloWebhookEventHandler>()
  for (const [name, handler] of Object.entries(on)) {
    if (typeof handler !== 'function') throw new TypeError(`on['${name}'] is not a function`)
    const key = name === '*' ? '*' : eventKey(name)
    if (index.has(key))
      throw new TypeError(`on has two handlers for the event '${key}' (names match in any case)`)
    index.set(key, handler)
  }
  return index
}
