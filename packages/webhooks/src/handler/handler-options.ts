import type { WebhookDedupeStore } from '../dedupe/dedupe-store.js'
import type { HaloWebhookEvent } from '../events/halo-webhook-event.js'
import type { HaloWebhookVerifyOptions } from '../verify/verify-options.js'

/** Runs for one event; a throw (or rejection) answers 500 so Halo delivers it again. */
export type HaloWebhookEventHandler = (event: HaloWebhookEvent) => void | Promise<void>

export interface CreateWebhookHandlerOptions {
  /** The checks every delivery must pass (see {@link HaloWebhookVerifyOptions}). */
  readonly verify: HaloWebhookVerifyOptions
  /**
   * Handlers by event name (any case: `'New Ticket Logged'` matches `"new ticket logged"`), and
   * `'*'` for every event. An event's named handler runs first, then `'*'`. An event no handler
   * names is still acknowledged (200), as Stripe's libraries do, so Halo does not retry it forever.
   */
  readonly on: Readonly<Record<string, HaloWebhookEventHandler>>
  /**
   * Drop deliveries already handled: `true` for a store in this process, or a shared store such as
   * {@link createRedisDedupeStore}. Default: off.
   */
  readonly dedupe?: boolean | WebhookDedupeStore | undefined
  /**
   * Told about each handler failure (the answer to Halo only names the event). Errors thrown here
   * are ignored.
   */
  readonly onError?: ((error: unknown, event: HaloWebhookEvent) => void) | undefined
}

/** A Fetch-standard request handler: Hono, Next.js route handlers, Workers, Bun, Deno. */
export type HaloWebhookHandler = (request: Request) => Promise<Response>
