// Which Halo events a ticket write raises, named as Halo's notification events are.
import type { HaloState } from '../store/halo-state.js'

export const TICKET_EVENTS = {
  created: 'New Ticket Logged',
  updated: 'Ticket Updated',
  statusChanged: 'Ticket Status Changed',
} as const

/** The status each posted ticket had before the write (undefined for a new ticket). */
export type TicketsBefore = Map<number, number | undefined>

/** Snapshot taken before `POST /Tickets` runs; undefined for any other request. */
export function ticketsBefore(
  method: string,
  path: string,
  body: unknown,
  state: HaloState,
): TicketsBefore | undefined {
  if (method !== 'POST' || !/^\/api\/tickets\/?$/i.test(path)) return undefined
  const before: TicketsBefore = new Map()
  for (const item of Array.isArray(body) ? body : [body]) {
    const id = Number((item as { id?: unknown } | null)?.id)
    if (Number.isInteger(id) && id > 0) before.set(id, state.tickets.get(id)?.status_id)
  }
  return before
}

/** The events for each ticket the write answered with. */
export function ticketEvents(
  before: TicketsBefore,
  written: readonly Record<string, unknown>[],
): { event: string; ticket: Record<string, unknown> }[] {
  const out: { event: string; ticket: Record<string, unknown> }[] = []
  for (const ticket of written) {
    const id = Number(ticket.id)
    if (!before.has(id)) {
      out.push({ event: TICKET_EVENTS.created, ticket })
      continue
    }
    out.push({ event: TICKET_EVENTS.updated, ticket })
    if (before.get(id) !== ticket.status_id) out.push({ event: TICKET_EVENTS.statusChanged, ticket })
  }
  return out
}
