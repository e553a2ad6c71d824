// Quick start: connect, pick a ticket type, log a ticket, move it on and note what was done.
//   tsx examples/quick-start.ts   (runs against a simulated Halo started in the same process)
import type { HaloClient } from '@halo/client'
import { runWhenMain } from './support/run-example.js'

export async function run(halo: HaloClient, log: (line: string) => void) {
  // In your own code: const halo = HaloClient.fromEnv()  (HALO_BASE_URL, HALO_CLIENT_ID, HALO_CLIENT_SECRET)
  const ticketTypes = await halo.ticketTypes.list()
  log(`Connected to ${halo.apiUrl}: ${ticketTypes.length} ticket types`)

  const incident = ticketTypes.find((type) => type.name === 'Incident')
  if (incident?.id == null) throw new Error('No "Incident" ticket type')
  const fields = await incident.getFields()
  const mandatory = fields.filter((field) => field.mandatory).map((field) => field.label)
  log(`"${incident.name}" has ${fields.length} fields; mandatory: ${mandatory.join(', ')}`)

  const ticket = await halo.tickets.create({
    tickettype_id: incident.id,
    summary: 'Server outage',
    details: 'The file server in Leeds is not responding.',
  })
  log(`Logged ticket #${ticket.id} "${ticket.summary}"`)

  const inProgress = await halo.statuses.idOf('In Progress')
  const updated = await ticket.update({ status_id: inProgress })
  log(`Ticket #${updated.id} is now status ${updated.status_id}`)

  const action = await ticket.addAction({
    note_html: '<p>Restarted the file server service.</p>',
    outcome_id: await halo.outcomes.idOf('Private Note'),
  })
  log(`Added action ${action.id} to ticket #${ticket.id}`)

  return { ticketId: ticket.id, statusId: updated.status_id, actionId: action.id, mandatory }
}

await runWhenMain(import.meta.url, run)
