import { upsertTickets } from '@halo/tickets'
import { z } from 'zod'
import { projectRecord } from '../../results/project-record.js'
import { dryRunInput, nameOrId, optionalIdInput } from '../common-inputs.js'
import { TICKET_FIELDS } from '../compact-fields.js'
import { defineTool } from '../halo-tool.js'
import { writeOrPlan } from '../write-or-plan.js'
import { ticketBody } from './ticket-body.js'
import { extraFieldsInput, ticketNamedInputs } from './ticket-write-inputs.js'

/** The one record a POST of one item answers (Halo answers the object; some versions a one-item array). */
export function firstRecord(result: unknown): unknown {
  return Array.isArray(result) ? result[0] : result
}

export const createTicketTool = defineTool({
  name: 'create_ticket',
  title: 'Create a ticket',
  description:
    'Log a new ticket. Names are accepted for ticket type, status, priority, agent and team. Check required fields first with get_ticket_type_fields; use dry_run to see the request without sending it.',
  access: 'write',
  input: {
    summary: z.string().min(1).describe('One-line summary (the ticket subject)'),
    details: z.string().optional().describe('The description, as plain text (sent as HTML paragraphs)'),
    ticket_type: nameOrId('Ticket type, e.g. "Incident"'),
    client_id: optionalIdInput('The client (customer) the ticket is for'),
    site_id: optionalIdInput("The client's site"),
    user_id: optionalIdInput('The end user who reported it'),
    category_1: z.string().optional().describe('Category 1 value, e.g. "Hardware>Printer"'),
    ...ticketNamedInputs,
    extra: extraFieldsInput,
    dry_run: dryRunInput,
  },
  async run(input, context) {
    const body = await ticketBody(context.api, input)
    return writeOrPlan(
      context,
      input.dry_run,
      (core) => upsertTickets(core, { body: [body] }, { signal: context.signal }),
      (result) => ({ value: { created: projectRecord(firstRecord(result), TICKET_FIELDS) } }),
    )
  },
})
