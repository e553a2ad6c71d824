import { listTicketsOperation } from '@halo/tickets'
import { z } from 'zod'
import { parameterDescription } from '../../catalog/parameter-description.js'
import { nameOrId, optionalIdInput } from '../common-inputs.js'
import { TICKET_FIELDS } from '../compact-fields.js'
import { defineTool } from '../halo-tool.js'
import { listInputs, listPage } from '../list-tool.js'
import { resolveTicketNames } from './ticket-filters.js'

const doc = (name: string, fallback?: string) => parameterDescription('listTickets', name, fallback)

export const listTicketsTool = defineTool({
  name: 'list_tickets',
  title: 'List tickets',
  description:
    'List tickets matching filters (status, priority, agent, team, ticket type, client, site, user, open/closed, text), one page at a time. Use get_ticket for one ticket with its actions.',
  access: 'read',
  input: {
    status: nameOrId('Status, e.g. "In Progress"').optional(),
    priority: nameOrId('Priority, e.g. "High"').optional(),
    agent: nameOrId('Assigned agent, e.g. "Priya Shah"').optional(),
    team: nameOrId('Team, e.g. "1st Line Support"').optional(),
    ticket_type: nameOrId('Ticket type, e.g. "Incident"').optional(),
    client_id: optionalIdInput(doc('client_id')),
    site_id: optionalIdInput(doc('site_id')),
    user_id: optionalIdInput(doc('user_id')),
    open_only: z.boolean().optional().describe(doc('open_only')),
    closed_only: z.boolean().optional().describe(doc('closed_only', 'Returns only closed tickets.')),
    search: z.string().min(1).optional().describe(doc('search')),
    order: z.string().min(1).optional().describe(doc('order', 'The field to order by, e.g. dateoccurred')),
    order_desc: z.boolean().optional().describe(doc('orderdesc')),
    ...listInputs,
  },
  async run(input, context) {
    const ids = await resolveTicketNames(context.api.resources, input)
    const params = {
      status_id: ids.statusId,
      priority: ids.priorityId === undefined ? undefined : [ids.priorityId],
      agent_id: ids.agentId,
      team: ids.teamId === undefined ? undefined : [ids.teamId],
      requesttype_id: ids.ticketTypeId,
      client_id: input.client_id,
      site_id: input.site_id,
      user_id: input.user_id,
      open_only: input.open_only,
      closed_only: input.closed_only,
      search: input.search,
      order: input.order,
      orderdesc: input.order_desc,
    }
    return listPage('list_tickets', listTicketsOperation, params, input, TICKET_FIELDS, context)
  },
})
