import type { Action, Ticket } from '../models.js'

/** What every delivery carries, whatever its records. */
export interface HaloWebhookEventBase {
  /** The event name as Halo sent it (`event`), e.g. `"ticket status changed"`; `''` when absent. */
  readonly name: string
  /** `name` in matching form (see {@link eventKey}): lower case, single spaces. */
  readonly key: string
  /** Halo's id of this delivery (`id`, a GUID) when it sends one. */
  readonly id: string | undefined
  /** The Halo webhook that sent it (`webhook_id`). */
  readonly webhookId: string | undefined
  /** The record the event is about (`object_id`), e.g. the ticket number. */
  readonly objectId: number | undefined
  /** When Halo raised the event (`timestamp`, ISO 8601). */
  readonly timestamp: string | undefined
  /** Halo's text for the event (`message`). */
  readonly message: string | undefined
  /** The parsed payload object (`{}` when the body is JSON but not an object: see `json`). */
  readonly payload: Readonly<Record<string, unknown>>
  /** The body as parsed, whatever its shape: the escape hatch for custom and batched payloads. */
  readonly json: unknown
  /** The body exactly as received (the bytes a signature covers), as text. */
  readonly rawBody: string
}

/** A delivery carrying a ticket (`ticket`) and no action. */
export interface HaloTicketEvent extends HaloWebhookEventBase {
  readonly type: 'ticket'
  readonly ticket: Ticket
  readonly action?: undefined
}

/** A delivery carrying an action (`action`), with its ticket when Halo includes it. */
export interface HaloActionEvent extends HaloWebhookEventBase {
  readonly type: 'action'
  readonly action: Action
  readonly ticket: Ticket | undefined
}

/**
 * A delivery with no record this package types: an "event information only" payload, a custom
 * payload, an entity other than tickets and actions, or a body that is not an object (a batch).
 * Delivered as such; read `payload` or `json`.
 */
export interface HaloUnknownEvent extends HaloWebhookEventBase {
  readonly type: 'unknown'
  readonly ticket?: undefined
  readonly action?: undefined
}

/** One event Halo delivered; narrow on `type` to reach its typed records. */
export type HaloWebhookEvent = HaloTicketEvent | HaloActionEvent | HaloUnknownEvent
