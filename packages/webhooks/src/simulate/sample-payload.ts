/**
 * A payload shaped as Halo's standard webhook body for a ticket event (the field names of a delivery
 * captured from a live tenant by a public integration, with made-up values).
 */
export function sampleTicketPayload(event: string, now: Date = new Date()): Record<string, unknown> {
  const ticketId = 4242
  return {
    id: crypto.randomUUID(),
    webhook_id: '53232637-7724-4a19-b126-3c7267a292aa',
    notification_id: 41,
    escmsg_id: crypto.randomUUID(),
    event,
    message: `${event} for Ticket ID: ${String(ticketId).padStart(7, '0')}.`,
    object_id: ticketId,
    agent_id: 3,
    timestamp: now.toISOString(),
    ticket: {
      id: ticketId,
      summary: 'Printer on floor 2 is offline',
      details: 'Sample ticket sent by halo webhooks simulate',
      status_id: 1,
      tickettype_id: 1,
      client_id: 12,
      site_id: 18,
      user_id: 35,
      team_id: 1,
      agent_id: 3,
      priority_id: 3,
      dateoccurred: now.toISOString(),
      customfields: [],
    },
  }
}
