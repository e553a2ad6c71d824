import { getTicket, listActionsOperation } from '@halo/tickets'
import { z } from 'zod'
import { fetchPage } from '../../api/fetch-page.js'
import type { HaloApi } from '../../api/halo-api.js'
import { htmlToText } from '../../results/html-to-text.js'
import { projectRecord } from '../../results/project-record.js'
import { fieldsInput, idInput } from '../common-inputs.js'
import { ACTION_FIELDS, TICKET_FIELDS } from '../compact-fields.js'
import { defineTool, type ToolAnswer } from '../halo-tool.js'

/** Actions shown with a ticket when the caller does not say. */
const DEFAULT_ACTIONS = 20

function textOf(record: Record<string, unknown>, htmlKey: string, textKey: string): string | undefined {
  const html = record[htmlKey]
  if (typeof html === 'string' && html !== '') return htmlToText(html)
  const text = record[textKey]
  return typeof text === 'string' && text !== '' ? text : undefined
}

/** One ticket with its details as text and its most recent actions: what `get_ticket` and the resource answer. */
export async function readTicket(
  api: HaloApi,
  id: number,
  options: {
    actions?: number | undefined
    fields?: readonly string[] | undefined
    signal?: AbortSignal | undefined
  },
): Promise<ToolAnswer> {
  const requestOptions = options.signal === undefined ? {} : { signal: options.signal }
  const actionCount = options.actions ?? DEFAULT_ACTIONS
  const [ticket, actions] = await Promise.all([
    getTicket(api.core, { id, includedetails: true }, requestOptions),
    actionCount === 0
      ? undefined
      : fetchPage(api.core, listActionsOperation, { ticket_id: id }, 1, 1_000, options.signal),
  ])
  const record = JSON.parse(JSON.stringify(ticket)) as Record<string, unknown>
  const compact = projectRecord(record, TICKET_FIELDS, options.fields)
  const details = textOf(record, 'details_html', 'details')
  if (details !== undefined && !options.fields?.includes('*')) compact.details = details
  if (typeof record.status_name === 'string') compact.status_name ??= record.status_name
  if (typeof record.tickettype_name === 'string') compact.tickettype_name ??= record.tickettype_name
  if (actions === undefined) return { value: compact }
  // Halo lists actions oldest first; the latest ones matter most.
  const latest = actions.records.slice(-actionCount)
  compact.actions = latest.map((action) => {
    const data = action as Record<string, unknown>
    const out = projectRecord(data, ACTION_FIELDS)
    const note = textOf(data, 'note_html', 'note')
    if (note !== undefined) out.note = note
    return out
  })
  compact.action_count = actions.records.length
  const note =
    latest.length < actions.records.length
      ? `Showing the latest ${latest.length} of ${actions.records.length} actions; pass actions: ${actions.records.length} for all.`
      : undefined
  return { value: compact, note }
}

export const getTicketTool = defineTool({
  name: 'get_ticket',
  title: 'Get a ticket',
  description:
    'Read one ticket by id: its main fields, details as text and its latest actions (notes, emails, status changes). Use list_tickets or search to find the id.',
  access: 'read',
  input: {
    id: idInput('ticket'),
    actions: z
      .number()
      .int()
      .min(0)
      .max(1_000)
      .optional()
      .describe(`How many of the latest actions to include (default ${DEFAULT_ACTIONS}; 0 for none)`),
    fields: fieldsInput,
  },
  run(input, { api, signal }) {
    return readTicket(api, input.id, { actions: input.actions, fields: input.fields, signal })
  },
})
