// Configuration lists Halo returns as bare arrays: ticket types, categories, statuses, SLA-scoped
// priorities, SLAs, outcomes, lookups and field definitions.
import { json, notFound } from '../http/respond.js'
import type { RouteTable } from '../http/route-table.js'
import { listResponse } from '../listing/list-response.js'
import type { RouteHandler } from '../mock/context.js'
import { allLookupIds, closedStatusIds, lookupRows } from '../seed/service-desk-config.js'
import { fieldDefinitions, fieldInfo } from '../seed/ticket-types.js'
import type { HaloRecord } from '../store/collection.js'
import type { PriorityRecord } from '../store/records.js'
import { idParam, postedItems, registerCrud, writeResult } from './crud.js'

const domainUse: Record<string, string> = { reqs: 'tickets', opps: 'opps', prjs: 'prjs' }

function withoutFields(t: HaloRecord): HaloRecord {
  const { fields: _fields, ...rest } = t
  return rest as HaloRecord
}

export function registerServiceDeskConfig(table: RouteTable<RouteHandler>): void {
  registerCrud(table, {
    path: '/TicketType',
    label: 'Ticket Type',
    store: (s) => s.ticketTypes,
    list: {
      filters: {
        domain: (t, v) => t.use === (domainUse[v.toLowerCase()] ?? v),
        can_create_only: () => true,
        showinactive: () => true,
      },
      search: ['name'],
      view: withoutFields,
    },
    // `fields` (groups → fieldinfo → values) only with includedetails, as Halo does
    detail: (t, ctx) => (ctx.query.bool('includedetails') ? t : withoutFields(t)),
  })

  registerCrud(table, {
    path: '/Category',
    label: 'Category',
    store: (s) => s.categories,
    list: {
      filters: { type_id: 'type_id', category_group_id: 'category_group_id' },
      search: ['value', 'category_name'],
    },
  })

  registerCrud(table, {
    path: '/Status',
    label: 'Status',
    store: (s) => s.statuses,
    list: (ctx) => {
      const showCounts = ctx.query.bool('showcounts')
      let counts: Map<number, number> | undefined
      if (showCounts) {
        counts = new Map()
        for (const t of ctx.state.tickets.values())
          counts.set(t.status_id, (counts.get(t.status_id) ?? 0) + 1)
      }
      return listResponse(ctx, ctx.state.statuses, {
        filters: {
          type: 'type',
          excludeclosed: (s, v) => v.toLowerCase() !== 'true' || !closedStatusIds.has(s.id),
          excludepending: (s, v) => v.toLowerCase() !== 'true' || s.type !== 1,
        },
        view: (s) => (counts ? { ...s, ticket_count: counts.get(s.id) ?? 0 } : s),
      })
    },
  })

  registerCrud(table, {
    path: '/SLA',
    label: 'SLA',
    store: (s) => s.slas,
    list: (ctx) =>
      listResponse(ctx, ctx.state.slas, {
        view: (s) =>
          ctx.query.bool('showpriorities')
            ? { ...s, priorities: ctx.state.priorities.filter((p) => p.slaid === s.id) }
            : s,
      }),
    detail: (s, ctx) => ({ ...s, priorities: ctx.state.priorities.filter((p) => p.slaid === s.id) }),
  })

  registerCrud(table, {
    path: '/Outcome',
    label: 'Outcome',
    store: (s) => s.outcomes,
    list: { search: ['outcome'] },
  })

  // Priorities: ids are UUID strings, scoped by `slaid`
  table.add('GET', '/Priority', (ctx) =>
    listResponse<PriorityRecord>(ctx, ctx.state.priorities, {
      filters: { slaid: 'slaid' },
      search: ['name'],
    }),
  )
  table.add('GET', '/Priority/{id}', (ctx) => {
    const p = ctx.state.priorities.find((x) => x.id.toLowerCase() === (ctx.params.id ?? '').toLowerCase())
    return p ? json(p) : notFound('Priority', ctx.params.id ?? '')
  })
  table.add('POST', '/Priority', (ctx) => {
    const posted = postedItems(ctx)
    if (posted instanceof Response) return posted
    const results = posted.items.map((input) => {
      const existing = ctx.state.priorities.find((p) => p.id === input.id)
      if (existing) {
        Object.assign(existing, input)
        return existing
      }
      const created = {
        name: '',
        slaid: 1,
        priorityid: 0,
        ...input,
        id: crypto.randomUUID(),
      } as PriorityRecord
      ctx.state.priorities.push(created)
      return created
    })
    return writeResult(results, posted.single)
  })
  table.add('DELETE', '/Priority/{id}', (ctx) => {
    const at = ctx.state.priorities.findIndex((p) => p.id === ctx.params.id)
    if (at < 0) return notFound('Priority', ctx.params.id ?? '')
    return json(ctx.state.priorities.splice(at, 1)[0])
  })

  // Lookups: `GET /Lookup?lookupid=` → bare array
  table.add('GET', '/Lookup', (ctx) => {
    const lookupId = ctx.query.int('lookupid')
    const rows = lookupId === undefined ? allLookupIds.flatMap((id) => lookupRows(id)) : lookupRows(lookupId)
    return listResponse(ctx, rows as HaloRecord[], { search: ['name'] })
  })

  // Field definitions
  table.add('GET', '/FieldInfo', (ctx) => {
    const withValues = ctx.query.bool('includevalues')
    const rows = fieldDefinitions.map((d) => fieldInfo(d, withValues))
    return listResponse(ctx, rows, {
      filters: { fieldtype: 'type', type: 'type', inputtype: 'inputtype' },
      search: ['name', 'label'],
    })
  })
  table.add('GET', '/FieldInfo/{id:int}', (ctx) => {
    const id = idParam(ctx)
    const def = fieldDefinitions.find((d) => d.id === id)
    return def ? json(fieldInfo(def, true)) : notFound('Field', ctx.params.id ?? '')
  })
}
