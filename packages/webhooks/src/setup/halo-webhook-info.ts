import { AUTHENTICATION_TYPE, SECRET_FIELDS } from './halo-webhook-fields.js'

/** A webhook as Halo holds it, without its credentials. */
export interface HaloWebhookInfo {
  /** Halo's id for the webhook (a GUID). */
  readonly id: string
  readonly name: string
  readonly url: string
  readonly active: boolean
  /** The names of the events that trigger it. */
  readonly events: readonly string[]
  readonly authentication: 'none' | 'basic' | 'header' | 'other'
  /** Halo's record with `basic_password` and `authentication_header` removed. */
  readonly record: Readonly<Record<string, unknown>>
}

export function toWebhookInfo(record: Readonly<Record<string, unknown>>): HaloWebhookInfo {
  const safe: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) if (!SECRET_FIELDS.has(key)) safe[key] = value
  const events = Array.isArray(record.events)
    ? record.events.flatMap((e: unknown) =>
        typeof e === 'object' && e !== null && typeof (e as { name?: unknown }).name === 'string'
          ? [(e as { name: string }).name]
          : [],
      )
    : []
  const type = record.authentication_type
  return {
    id: String(record.id ?? ''),
    name: typeof record.name === 'string' ? record.name : '',
    url: typeof record.url === 'string' ? record.url : '',
    active: record.active !== false,
    events,
    authentication:
      type === undefined || type === null || type === AUTHENTICATION_TYPE.none
        ? 'none'
        : type === AUTHENTICATION_TYPE.basic
          ? 'basic'
          : type === AUTHENTICATION_TYPE.header
            ? 'header'
            : 'other',
    record: safe,
  }
}
