import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
import type { HaloApi } from '../api/halo-api.js'
import { readTicket } from '../tools/tickets/get-ticket.js'
import { ticketResourceUri } from './ticket-resource.js'

const TRIAGE_STEPS = [
  'Triage this Halo ticket. Using the ticket below:',
  '1. Say in one sentence what the user needs and how urgent it is.',
  '2. Check the knowledge base (search_kb) for a known fix and cite the article if one fits.',
  '3. Propose a priority, a category and a team or agent (lookup lists the names), and a first reply to the user.',
  '4. Only if the server allows writes and the user agrees: apply it with update_ticket and add_action, dry_run first.',
].join('\n')

/** A "triage this ticket" prompt with the ticket embedded as a resource, so the model starts from its data. */
export function registerTriagePrompt(server: McpServer, api: HaloApi): void {
  server.registerPrompt(
    'triage_ticket',
    {
      title: 'Triage a ticket',
      description: 'Read a ticket and propose priority, category, assignment and a first reply.',
      argsSchema: { ticket_id: z.string().regex(/^\d+$/).describe('The ticket id') },
    },
    async ({ ticket_id }, extra) => {
      const id = Number(ticket_id)
      const ticket = await readTicket(api, id, { signal: extra.signal })
      return {
        description: `Triage ticket ${id}`,
        messages: [
          { role: 'user', content: { type: 'text', text: TRIAGE_STEPS } },
          {
            role: 'user',
            content: {
              type: 'resource',
              resource: {
                uri: ticketResourceUri(id),
                mimeType: 'application/json',
                text: JSON.stringify(ticket.value),
              },
            },
          },
        ],
      }
    },
  )
}
