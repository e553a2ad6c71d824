// Actions: `GET /Actions?ticket_id=` → `{ record_count, actions }`; ids are per-ticket sequence numbers;
// POST needs `ticket_id` and an outcome (`outcome` name or `outcome_id`), like the live API.
import { haloDate } from '../http/halo-date.js'
import { badRequestText, dotNetError, json, notFound } from '../http/respond.js'
import type { RouteTable } from '../http/route-table.js'
import type { MockContext, RouteHandler } from '../mock/context.js'
import { agentName } from '../seed/organisation.js'
import { touchRecord } from '../store/change-times.js'
import type { ActionRecord } from '../store/records.js'
import { isActionDateSearch, listActionsByDate } from './actions-by-date.js'
import { type Fields, idParam, postedItems, writeResult } from './crud.js'
import { linkAttachments } from './tickets.js'

function filterActions(ctx: MockContext, actions: readonly ActionRecord[]): ActionRecord[] {
  const q = ctx.query
  // Read once per list, not per action (the search of every action filters tens of thousands).
  const excludeSys = q.bool('excludesys')
  const excludePrivate = q.bool('excludeprivate')
  const agentOnly = q.bool('agentonly')
  const conversationOnly = q.bool('conversationonly')
  const importantOnly = q.bool('importantonly')
  if (!excludeSys && !excludePrivate && !agentOnly && !conversationOnly && !importantOnly) return [...actions]
  return actions.filter((a) => {
    if (excludeSys && a.who_type === 0) return false
    if (excludePrivate && a.hiddenfromuser === true) return false
    if (agentOnly && a.who_type !== 1) return false
    if (conversationOnly && !a.sendemail && a.who_type !== 2) return false
    if (importantOnly && a.important !== true) return false
    return true
  })
}

function listActions(ctx: MockContext): Response | Promise<Response> {
  if (isActionDateSearch(ctx)) return listActionsByDate(ctx, filterActions)
  const ticketId = ctx.query.int('ticket_id')
  const count = ctx.query.int('count')
  let actions: ActionRecord[]
  if (ticketId !== undefined) {
    actions = filterActions(ctx, ctx.state.actions.list(ticketId))
  } else {
    // Without a ticket: the most recent tickets' actions, up to `count` (default 50).
    actions = []
    const ids = ctx.state.tickets.ids()
    const limit = count ?? 50
    for (let i = ids.length - 1; i >= 0 && actions.length < limit; i--) {
      actions.push(...filterActions(ctx, ctx.state.actions.list(ids[i] as number)))
    }
  }
  const rows = count !== undefined && count > 0 ? actions.slice(0, count) : actions
  return json({ record_count: actions.length, actions: rows })
}

function findAction(ctx: MockContext, id: number): ActionRecord | undefined {
  const ticketId = ctx.query.int('ticket_id')
  if (ticketId !== undefined) return ctx.state.actions.get(ticketId, id)
  for (const tid of ctx.state.tickets.ids()) {
    const found = ctx.state.actions.get(tid, id)
    if (found) return found
  }
  return undefined
}

interface PlannedAction {
  ticketId: number
  id: number | undefined
  fields: Fields
  input: Fields
}

function planAction(ctx: MockContext, input: Fields, index: number): PlannedAction | Response {
  const ticketId = Number(input.ticket_id ?? 0)
  if (!input.ticket_id || !Number.isFinite(ticketId) || ticketId <= 0) {
    return badRequestText('Please specify a valid ticket_id for the action')
  }
  const ticket = ctx.state.tickets.get(ticketId)
  if (!ticket) return notFound('Ticket', ticketId)
  const id = Number(input.id ?? 0)
  if (id > 0) {
    if (!ctx.state.actions.get(ticketId, id)) return notFound('Action', id)
    const { id: _id, ticket_id: _t, ...patch } = input
    return { ticketId, id, fields: patch, input }
  }
  let outcome = ctx.state.outcomes.find((o) => o.id === Number(input.outcome_id ?? -1))
  if (!outcome && typeof input.outcome === 'string') {
    const name = input.outcome.toLowerCase()
    outcome = ctx.state.outcomes.find(
      (o) => String(o.outcome).toLowerCase() === name || String(o.buttonname).toLowerCase() === name,
    )
    // Halo accepts free-text outcome names on API actions; keep the name, id 0.
    outcome ??= { id: 0, outcome: input.outcome, new_status: 0 }
  }
  if (!outcome) {
    return dotNetError(
      400,
      'Halo.Exceptions.ValidationException',
      `Action [${index}] must have an outcome or outcome_id`,
    )
  }
  const now = ctx.now()
  const agentId = Number(input.who_agentid ?? ctx.session?.agentId ?? 0)
  const newStatus = Number(input.new_status ?? outcome.new_status ?? 0) || ticket.status_id
  const note = String(input.note ?? '')
  const { id: _id, ...rest } = input
  return {
    ticketId,
    id: undefined,
    input,
    fields: {
      who: agentName(agentId) || 'API',
      who_type: 1,
      who_agentid: agentId,
      datetime: haloDate(now),
      actiondatecreated: haloDate(now),
      note,
      note_html: String(input.note_html ?? (note ? `<p>${note}</p>` : '')),
      hiddenfromuser: false,
      important: false,
      timetaken: 0,
      sendemail: false,
      attachment_count: 0,
      old_status: ticket.status_id,
      ...rest,
      outcome: String(outcome.outcome),
      outcome_id: outcome.id,
      new_status: newStatus,
    },
  }
}

export function registerActions(table: RouteTable<RouteHandler>): void {
  table.add('GET', '/Actions', listActions)

  table.add('GET', '/Actions/{id:int}', (ctx) => {
    const id = idParam(ctx)
    const action = id === undefined ? undefined : findAction(ctx, id)
    return action ? json(action) : notFound('Action', ctx.params.id ?? '')
  })

  table.add('POST', '/Actions', (ctx) => {
    const posted = postedItems(ctx)
    if (posted instanceof Response) return posted
    const plans: PlannedAction[] = []
    for (const [i, input] of posted.items.entries()) {
      const plan = planAction(ctx, input, i)
      if (plan instanceof Response) return plan
      plans.push(plan)
    }
    const results = plans.map((plan) => {
      const { actions, tickets } = ctx.state
      let action: ActionRecord
      if (plan.id !== undefined) {
        action = actions.update(plan.ticketId, plan.id, plan.fields) as ActionRecord
      } else {
        action = actions.add(plan.ticketId, plan.fields as Omit<ActionRecord, 'id' | 'ticket_id'>)
        const ticketPatch: Fields = { lastactiondate: action.datetime }
        if (action.new_status !== undefined) ticketPatch.status_id = action.new_status
        tickets.update(plan.ticketId, ticketPatch)
        touchRecord(tickets, plan.ticketId, ctx.now())
      }
      const linked = linkAttachments(ctx, plan.input, plan.ticketId, action.id)
      if (linked > 0) {
        action =
          actions.update(plan.ticketId, action.id, {
            attachment_count: Number(action.attachment_count ?? 0) + linked,
          }) ?? action
        const ticket = tickets.get(plan.ticketId)
        if (ticket)
          tickets.update(plan.ticketId, { attachment_count: Number(ticket.attachment_count ?? 0) + linked })
      }
      return action
    })
    return writeResult(results, posted.single)
  })

  table.add('DELETE', '/Actions/{id:int}', (ctx) => {
    const id = idParam(ctx)
    const ticketId =
      ctx.query.int('ticket_id') ?? (id === undefined ? undefined : findAction(ctx, id)?.ticket_id)
    const removed =
      id === undefined || ticketId === undefined ? undefined : ctx.state.actions.delete(ticketId, id)
    return removed ? json(removed) : notFound('Action', ctx.params.id ?? '')
  })
}
