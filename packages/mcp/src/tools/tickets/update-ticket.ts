import { upsertTickets } from '@halo/tickets'
import { z } from 'zod'
import { projectRecord } from '../../results/project-record.js'
import { ToolRefusal } from '../../results/tool-refusal.js'
import { dryRunInput, idInput, nameOrId } from '../common-inputs.js'
import { TICKET_FIELDS } from '../compact-fields.js'
import { defineTool } from '../halo-tool.js'
import { writeOrPlan } from '../write-or-plan.js'
import { firstRecord } from './create-ticket.js'
import { ticketBody } from './ticket-body.js'
import { extraFieldsInput, ticketNamedInputs } from './ticket-write-inputs.js'

export const updateTicketTool = defineTool({
  name: 'update_ticket',
  title: 'Update a ticket',
  description:
    'Change fields of an existing ticket (status, priority, agent, team, summary, …); only the fields given change. To add a note or email use add_action instead. Use dry_run to see the request first.',
  access: 'write',
  input: {
    id: idInput('ticket'),
    summary: z.string().min(1).optional().describe('New one-line summary'),
    details: z.string().optional().describe('New description, as plain text'),
    ticket_type: nameOrId('Ticket type').optional(),
    ...ticketNamedInputs,
    extra: extraFieldsInput,
    dry_run: dryRunInput,
  },
  async run(input, context) {
    const changes = await ticketBody(context.api, input)
    if (Object.keys(changes).length === 0) {
      throw new ToolRefusal(
        'update_ticket: nothing to change; give at least one field (status, priority, agent, …).',
      )
    }
    return writeOrPlan(
      context,
      input.dry_run,
      (core) => upsertTickets(core, { body: [{ ...changes, id: input.id }] }, { signal: context.signal }),
      (result) => ({ value: { updated: projectRecord(firstRecord(result), TICKET_FIELDS) } }),
    )
  },
})
