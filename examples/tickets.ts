// Tickets: create one or many, update, act on, attach files, read custom fields by name, search.
import type { HaloClient } from '@halo/client'
import { runWhenMain } from './support/run-example.js'

export async function run(halo: HaloClient, log: (line: string) => void) {
  const incidentId = await halo.ticketTypes.idOf('Incident')

  // One in, one out; an array in, an array out (one POST each way).
  const ticket = await halo.tickets.create({ tickettype_id: incidentId, summary: 'VPN drops every hour' })
  const batch = await halo.tickets.create([
    { tickettype_id: incidentId, summary: 'Printer jam on floor 2' },
    { tickettype_id: incidentId, summary: 'New starter needs a laptop' },
  ])
  log(`Created #${ticket.id} and ${batch.length} more in one request`)

  // A draft missing mandatory fields is caught before Halo sees it.
  const missing = await halo.ticketTypes.validateDraft({ tickettype_id: incidentId })
  log(`A draft without fields lacks: ${missing.map((field) => field.label).join(', ')}`)

  await halo.tickets.update(ticket.id as number, { status_id: await halo.statuses.idOf('In Progress') })
  const action = await ticket.addAction({
    note_html: '<p>Replaced the VPN client profile.</p>',
    outcome_id: await halo.outcomes.idOf('Private Note'),
  })
  const attachment = await ticket.addAttachment('vpn.log', 'Tunnel dropped at 09:00\n', 'Client log')
  log(`Action ${action.id} and attachment "${attachment.filename}" added to #${ticket.id}`)

  // Custom fields by name, and updating one without wiping the others.
  const withDetails = await halo.tickets.get(ticket.id as number, { includedetails: true })
  log(`Custom fields: ${Object.keys(withDetails.customFields()).join(', ') || 'none'}`)

  const found = await halo.tickets.search('printer', { limit: 10 })
  log(`Search "printer": ${found.length} tickets`)

  // Every open ticket of a client, page after page; or stream them with `for await`.
  let streamed = 0
  for await (const _ of halo.tickets.list({ open_only: true, limit: 25 })) streamed++
  log(`Streamed ${streamed} open tickets`)

  return {
    ticketId: ticket.id,
    created: batch.length + 1,
    actionId: action.id,
    found: found.length,
    streamed,
  }
}

await runWhenMain(import.meta.url, run)
