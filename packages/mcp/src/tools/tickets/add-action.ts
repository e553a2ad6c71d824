import { upsertActions } from '@halo/tickets'
import { z } from 'zod'
import { projectRecord } from '../../results/project-record.js'
import { dryRunInput, idInput, nameOrId } from '../common-inputs.js'
import { ACTION_FIELDS } from '../compact-fields.js'
import { defineTool } from '../halo-tool.js'
import { resolveId } from '../resolve-name.js'
import { writeOrPlan } from '../write-or-plan.js'
import { firstRecord } from './create-ticket.js'
import { textToHtml } from './ticket-body.js'

export const addActionTool = defineTool({
  name: 'add_action',
  title: 'Add an action to a ticket',
  description:
    'Add a note, email or status change to a ticket as an action with an outcome ("Private Note", "Email User", "Resolved"; lookup kind outcomes lists them). Use dry_run to see the request first.',
  access: 'write',
  input: {
    ticket_id: idInput('ticket'),
    note: z.string().min(1).describe('The note, as plain text (sent as HTML paragraphs)'),
    outcome: nameOrId('Action outcome, e.g. "Private Note"'),
    new_status: nameOrId('Status to move the ticket to, e.g. "Waiting on User"').optional(),
    hidden_from_user: z.boolean().optional().describe('true: the end user does not see this action'),
    time_taken: z.number().min(0).optional().describe('Time spent, in hours'),
    dry_run: dryRunInput,
  },
  async run(input, context) {
    const { resources } = context.api
    const [outcomeId, statusId] = await Promise.all([
      resolveId(input.outcome, (name) => resources.outcomes.idOf(name)),
      resolveId(input.new_status, (name) => resources.statuses.idOf(name)),
    ])
    const action: Record<string, unknown> = {
      ticket_id: input.ticket_id,
      outcome_id: outcomeId,
      note_html: textToHtml(input.note),
    }
    if (statusId !== undefined) action.new_status = statusId
    if (input.hidden_from_user !== undefined) action.hiddenfromuser = input.hidden_from_user
    if (input.time_taken !== undefined) action.timetaken = input.time_taken
    return writeOrPlan(
      context,
      input.dry_run,
      (core) => upsertActions(core, { body: [action] }, { signal: context.signal }),
      (result) => ({ value: { added: projectRecord(firstRecord(result), [...ACTION_FIELDS, 'ticket_id']) } }),
    )
  },
})
