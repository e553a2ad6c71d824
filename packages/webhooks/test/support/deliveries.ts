// Deliveries built the way Halo sends them: the standard payload's fields (`id`, `webhook_id`,
// `notification_id`, `escmsg_id`, `event`, `message`, `object_id`, `agent_id`, `timestamp`) and the
// ticket under `ticket`, with made-up values.
import { randomUUID } from 'node:crypto'

export function ticketPayload(event: string, ticket: Record<string, unknown> = {}): Record<string, unknown> {
  const id = (ticket.id as number | undefined) ?? 4242
  return {
    id: randomUUID(),
    webhook_id: '0d7f3a52-8f1e-4c55-9f77-2b1d5e6c9a10',
    notification_id: 41,
    escmsg_id: randomUUID(),
    event,
    message: `${event}: Ticket ID ${String(id).padStart(7, '0')}.`,
    object_id: id,
    agent_id: 3,
    timestamp: '2026-09-25T06:41:08.7895915Z',
    ticket: { id, summary: 'VPN drops every hour', status_id: 1, tickettype_id: 1, client_id: 12, ...ticket },
  }
}

export function actionPayload(event: string): Record<string, unknown> {
  return {
    ...ticketPayload(event),
    action: { id: 7, ticket_id: 4242, outcome: 'Note added', note: 'Rebooted the router', who: 'Ada' },
  }
}
