// Tickets (`/Tickets`) and opportunities (`/Opportunities`, envelope key `tickets` too).
import { haloDate, noDate } from '../http/halo-date.js'
import { badRequestText, fieldErrors } from '../http/respond.js'
import type { RouteTable } from '../http/route-table.js'
import type { ListSpec } from '../listing/list-response.js'
import type { MockContext, RouteHandler } from '../mock/context.js'
import { agentName, clientName, siteName, teamName } from '../seed/organisation.js'
import { seed } from '../seed/seed-ids.js'
import { closedStatusIds } from '../seed/service-desk-config.js'
import { actionFields } from '../seed/tickets.js'
import type { TicketRecord } from '../store/records.js'
import { type Fields, registerCrud } from './crud.js'
import { ticketCustomFields } from './ticket-custom-fields.js'

const ticketList: ListSpec<TicketRecord> = {
  key: 'tickets',
  filters: {
    client_id: 'client_id',
    site_id: 'site_id',
    user_id: 'user_id',
    agent_id: 'agent_id',
    team_id: 'team_id',
    team: 'team',
    status_id: 'status_id',
    tickettype_id: 'tickettype_id',
    requesttype_id: 'tickettype_id',
    priority_id: 'priority_id',
    sla_id: 'sla_id',
    ticketids: 'id',
    category_1: 'category_1',
    open_only: (t, v) => v.toLowerCase() !== 'true' || !closedStatusIds.has(t.status_id),
    closed_only: (t, v) => v.toLowerCase() !== 'true' || closedStatusIds.has(t.status_id),
    asset_id: (t, v) => String(t.asset_id ?? '') === v,
  },
  search: ['summary', 'details', 'user_name', 'client_name'],
  view: (t, ctx) => (ctx.query.bool('ticketidonly') ? { id: t.id } : t),
}

function ticketDetail(ticket: TicketRecord, ctx: MockContext): unknown {
  const out: Fields = { ...ticket }
  if (ctx.query.bool('includedetails')) {
    out.customfields = ticketCustomFields(ctx.state, ticket)
    const priority = ctx.state.priorities.find(
      (p) => p.slaid === ticket.sla_id && p.priorityid === ticket.priority_id,
    )
    if (priority) out.priority = priority
    const user = ctx.state.users.get(ticket.user_id)
    if (user)
      out.user = {
        id: user.id,
        name: user.name,
        emailaddress: user.emailaddress,
        site_id: user.site_id,
        client_id: user.client_id,
      }
    const type = ctx.state.ticketTypes.get(ticket.tickettype_id)
    if (type) out.tickettype_name = type.name
    const status = ctx.state.statuses.get(ticket.status_id)
    if (status) out.status_name = status.name
  }
  if (ctx.query.bool('includelastaction')) {
    const actions = ctx.state.actions.list(ticket.id)
    out.lastaction = actions[actions.length - 1] ?? null
  }
  return out
}

function validateTicketCreate(
  input: Fields,
  ctx: MockContext,
  index: number,
  useOpps: boolean,
): Fields | Response {
  const summary = typeof input.summary === 'string' ? input.summary.trim() : ''
  if (!summary) return fieldErrors({ [`[${index}].summary`]: 'The Summary field is required.' })
  const typeId = Number(input.tickettype_id ?? (useOpps ? seed.opportunityTypeId : seed.ticketTypeId))
  const type = ctx.state.ticketTypes.get(typeId)
  if (!type) return badRequestText(`Invalid Ticket Type (${String(input.tickettype_id)})`)
  const user = input.user_id !== undefined ? ctx.state.users.get(Number(input.user_id)) : undefined
  if (input.user_id !== undefined && Number(input.user_id) > 0 && !user) {
    return badRequestText(`User ${String(input.user_id)} does not exist`)
  }
  const clientId = Number(input.client_id ?? user?.client_id ?? seed.clientId)
  if (!ctx.state.clients.get(clientId)) return badRequestText(`Client ${clientId} does not exist`)
  const siteId = Number(
    input.site_id ?? user?.site_id ?? ctx.state.sites.find((s) => s.client_id === clientId)?.id ?? 0,
  )
  const now = ctx.now()
  const agentId = Number(input.agent_id ?? 0)
  const teamId = Number(input.team_id ?? 1)
  const statusId = Number(input.status_id ?? type.initial_status ?? seed.statusNewId)
  return {
    dateoccurred: haloDate(now),
    datecreated: haloDate(now),
    lastactiondate: haloDate(now),
    respondbydate: haloDate(now + 3_600_000),
    fixbydate: haloDate(now + 72 * 3_600_000),
    datecleared: noDate,
    deadlinedate: noDate,
    targetdate: noDate,
    details: '',
    details_html: '',
    category_1: '',
    category_2: '',
    category_3: '',
    category_4: '',
    priority_id: seed.priorityMediumId,
    sla_id: Number(type.default_sla ?? 1) || 1,
    impact: 3,
    urgency: 3,
    onhold: false,
    flagged: false,
    excludefromsla: false,
    inactive: false,
    child_count: 0,
    attachment_count: 0,
    source: 0,
    ...input,
    summary,
    tickettype_id: typeId,
    status_id: statusId,
    client_id: clientId,
    client_name: clientName(clientId),
    site_id: siteId,
    site_name: siteName(siteId),
    user_id: user?.id ?? Number(input.user_id ?? 0),
    user_name: (user?.name as string | undefined) ?? '',
    user_email: (user?.emailaddress as string | undefined) ?? '',
    agent_id: agentId,
    agent_name: agentName(agentId),
    team_id: teamId,
    team: teamName(teamId),
    use: type.use,
  }
}

function validateTicketUpdate(
  existing: TicketRecord,
  input: Fields,
  ctx: MockContext,
  index: number,
): Fields | Response {
  if (input.summary !== undefined && String(input.summary).trim() === '') {
    return fieldErrors({ [`[${index}].summary`]: 'The Summary field is required.' })
  }
  // `_recover` is a command (see `revive` below), not a field to store.
  const { _recover: _command, ...fields } = input
  const out: Fields = { ...fields, lastactiondate: haloDate(ctx.now()) }
  if (input.status_id !== undefined && !ctx.state.statuses.get(Number(input.status_id))) {
    return badRequestText(`Invalid Status (${String(input.status_id)})`)
  }
  if (
    input.status_id !== undefined &&
    closedStatusIds.has(Number(input.status_id)) &&
    !closedStatusIds.has(existing.status_id)
  ) {
    out.datecleared = haloDate(ctx.now())
  }
  if (input.agent_id !== undefined) out.agent_name = agentName(Number(input.agent_id))
  if (input.team_id !== undefined) out.team = teamName(Number(input.team_id))
  if (input.client_id !== undefined) out.client_name = clientName(Number(input.client_id))
  if (input.site_id !== undefined) out.site_name = siteName(Number(input.site_id))
  return out
}

/** Link `attachments: [{ id }]` from a ticket or action POST to the record. */
export function linkAttachments(ctx: MockContext, input: Fields, ticketId: number, actionId: number): number {
  if (!Array.isArray(input.attachments)) return 0
  let linked = 0
  for (const ref of input.attachments as Fields[]) {
    const id = Number(ref?.id)
    if (ctx.state.attachments.get(id)) {
      ctx.state.attachments.update(id, { ticket_id: ticketId, action_id: actionId })
      linked++
    }
  }
  return linked
}

export function registerTickets(table: RouteTable<RouteHandler>): void {
  registerCrud<TicketRecord>(table, {
    path: '/Tickets',
    label: 'Ticket',
    store: (s) => s.tickets,
    list: ticketList,
    detail: ticketDetail,
    prepareCreate: (input, ctx, i) => validateTicketCreate(input, ctx, i, false),
    prepareUpdate: validateTicketUpdate,
    afterWrite: (ticket, ctx, created, input) => {
      if (created) {
        const at = Date.parse(String(ticket.dateoccurred)) || ctx.now()
        const logged = actionFields(
          ticket,
          1,
          6,
          'Logged',
          String(ticket.user_name || 'API'),
          2,
          String(ticket.details ?? ''),
          at,
          ticket.status_id,
        )
        ctx.state.actions.reset(ticket.id, [logged])
      }
      const linked = linkAttachments(ctx, input, ticket.id, created ? 1 : 0)
      if (linked > 0) {
        return ctx.state.tickets.update(ticket.id, {
          attachment_count: Number(ticket.attachment_count ?? 0) + linked,
        })
      }
      return undefined
    },
    afterDelete: (ticket, ctx) => {
      ctx.state.actions.dropTicket(ticket.id)
      ctx.state.deletedTickets.set(ticket.id, ticket)
    },
    // `_recover: true` restores a deleted ticket (docs/halo-api.md, "Tickets"); the flag is not stored.
    revive: (id, input, ctx) => {
      const deleted = input._recover === true ? ctx.state.deletedTickets.get(id) : undefined
      if (!deleted) return undefined
      ctx.state.deletedTickets.delete(id)
      return ctx.state.tickets.restore({ ...deleted, deleted: false })
    },
  })

  registerCrud<TicketRecord>(table, {
    path: '/Opportunities',
    label: 'Opportunity',
    store: (s) => s.opportunities,
    list: { ...ticketList, search: ['summary', 'details', 'client_name', 'oppcompanyname'] },
    detail: ticketDetail,
    prepareCreate: (input, ctx, i) => validateTicketCreate(input, ctx, i, true),
    prepareUpdate: validateTicketUpdate,
  })
}
