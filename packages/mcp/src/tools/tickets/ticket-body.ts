import type { HaloApi } from '../../api/halo-api.js'
import { resolveTicketNames, type TicketNames } from './ticket-filters.js'

/** What create_ticket and update_ticket know about a ticket before it goes to Halo. */
export interface TicketInput extends TicketNames {
  readonly summary?: string | undefined
  readonly details?: string | undefined
  readonly client_id?: number | undefined
  readonly site_id?: number | undefined
  readonly user_id?: number | undefined
  readonly category_1?: string | undefined
  readonly extra?: Readonly<Record<string, unknown>> | undefined
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Plain text as Halo's `details_html`: paragraphs by blank lines, line breaks kept. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('')
}

/**
 * The ticket object Halo takes (wire names), with names resolved to ids. `extra` goes in first, so the
 * named inputs win when both say something.
 */
export async function ticketBody(api: HaloApi, input: TicketInput): Promise<Record<string, unknown>> {
  const ids = await resolveTicketNames(api.resources, input)
  const body: Record<string, unknown> = { ...input.extra }
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) body[key] = value
  }
  set('summary', input.summary)
  set('details_html', input.details === undefined ? undefined : textToHtml(input.details))
  set('tickettype_id', ids.ticketTypeId)
  set('client_id', input.client_id)
  set('site_id', input.site_id)
  set('user_id', input.user_id)
  set('status_id', ids.statusId)
  set('priority_id', ids.priorityId)
  set('agent_id', ids.agentId)
  set('team_id', ids.teamId)
  set('category_1', input.category_1)
  return body
}
