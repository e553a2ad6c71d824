import { HaloWebhookPayloadError } from '../errors/halo-webhook-payload-error.js'
import type { Action, Ticket } from '../models.js'
import { eventKey } from './event-key.js'
import type { HaloWebhookEvent, HaloWebhookEventBase } from './halo-webhook-event.js'

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined
const integer = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined
}

/** The body parsed as JSON; a syntax error is a 400 that says where. */
export function parseJsonBody(rawBody: string): unknown {
  try {
    return JSON.parse(rawBody)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new HaloWebhookPayloadError(400, `The delivery body is not valid JSON (${why})`)
  }
}

/**
 * Halo's standard payload: `id`, `webhook_id`, `notification_id`, `event`, `message`, `object_id`,
 * `timestamp`, and the records (`ticket`, `action`) for the small and full payload types. A body that
 * is JSON but not an object becomes an `unknown` event holding it in `json`.
 */
export function toEvent(json: unknown, rawBody: string): HaloWebhookEvent {
  const payload: Json = isObject(json) ? json : {}
  const name = text(payload.event) ?? ''
  const base: HaloWebhookEventBase = {
    name,
    key: eventKey(name),
    id: text(payload.id),
    webhookId: text(payload.webhook_id),
    objectId: integer(payload.object_id),
    timestamp: text(payload.timestamp),
    message: text(payload.message),
    payload,
    json,
    rawBody,
  }
  const ticket = isObject(payload.ticket) ? (payload.ticket as Ticket) : undefined
  if (isObject(payload.action)) return { ...base, type: 'action', action: payload.action as Action, ticket }
  if (ticket) return { ...base, type: 'ticket', ticket }
  return { ...base, type: 'unknown' }
}
