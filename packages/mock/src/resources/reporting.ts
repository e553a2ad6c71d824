// Reports: list (`reports`), load a saved report's rows, ad-hoc SQL through `POST /Report`
// (`_loadreportonly`), PDF generation into a stored attachment, bookmarks; dashboards.
import { badRequestText, json, notFound } from '../http/respond.js'
import type { RouteTable } from '../http/route-table.js'
import type { MockContext, RouteHandler } from '../mock/context.js'
import { tinyPdf } from '../seed/files.js'
import { closedStatusIds } from '../seed/service-desk-config.js'
import type { HaloRecord } from '../store/collection.js'
import type { HaloState } from '../store/halo-state.js'
import { storeFile } from './attachments.js'
import { type Fields, idParam, mergeFields, postedItems, registerCrud, writeResult } from './crud.js'
import { runSql } from './report-sql.js'

type Row = Record<string, unknown>

function countBy(
  items: Iterable<HaloRecord>,
  key: (r: HaloRecord) => string,
  label: string,
  countLabel: string,
): Row[] {
  const counts = new Map<string, number>()
  for (const r of items) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => ({ [label]: k, [countLabel]: n }))
}

/** Rows of the seeded saved reports (their SQL uses joins the tiny evaluator does not attempt). */
const builtins: Record<string, (s: HaloState) => Row[]> = {
  'open-by-client': (s) =>
    countBy(
      [...s.tickets.values()].filter((t) => !closedStatusIds.has(t.status_id)),
      (t) => String(t.client_name),
      'Client',
      'Open Tickets',
    ),
  'by-type': (s) =>
    countBy(
      s.tickets.values(),
      (t) => String(s.ticketTypes.get(Number(t.tickettype_id))?.name ?? ''),
      'Ticket Type',
      'Tickets',
    ),
  assets: (s) =>
    [...s.assets.values()].map((a) => ({
      'Asset Tag': a.inventory_number,
      Client: a.client_name,
      Site: a.site_name,
      Type: a.assettype_name,
    })),
  'agent-workload': (s) =>
    countBy(
      [...s.tickets.values()].filter((t) => !closedStatusIds.has(t.status_id)),
      (t) => String(t.agent_name || 'Unassigned'),
      'Agent',
      'Open Tickets',
    ),
  'users-by-client': (s) =>
    countBy(
      s.users.filter((u) => u.inactive !== true),
      (u) => String(u.client_name),
      'Client',
      'Users',
    ),
}

function loadedReport(rows: Row[], error?: string): Row {
  const columns = Object.keys(rows[0] ?? {})
  const [labelCol, valueCol] = columns
  const numeric = valueCol !== undefined && rows.every((r) => typeof r[valueCol] === 'number')
  const esc = (v: unknown): string => String(v ?? '').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)
  return {
    loaded: error === undefined,
    load_error: error ?? '',
    rows,
    columns: columns.map((name) => ({ name })),
    chart_labels: numeric && labelCol ? rows.map((r) => String(r[labelCol])) : [],
    chart_dataset1: numeric && valueCol ? rows.map((r) => r[valueCol] as number) : [],
    table_html: `<table><tr>${columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>${rows
      .slice(0, 100)
      .map((r) => `<tr>${columns.map((c) => `<td>${esc(r[c])}</td>`).join('')}</tr>`)
      .join('')}</table>`,
  }
}

function runReport(state: HaloState, profile: HaloRecord | Fields): Row {
  const builtin = typeof profile.builtin === 'string' ? builtins[profile.builtin] : undefined
  if (builtin) return loadedReport(builtin(state))
  if (typeof profile.sql === 'string' && profile.sql.trim()) {
    const result = runSql(state, profile.sql)
    return loadedReport(result.rows, result.error)
  }
  return loadedReport([], 'The report has no query')
}

function makePdf(ctx: MockContext, input: Fields): Response {
  const saved = input.id ? ctx.state.reports.get(Number(input.id)) : undefined
  if (input.id && Number(input.id) > 0 && !saved) return notFound('Report', String(input.id))
  const profile = { ...(saved ?? {}), ...input }
  const report = runReport(ctx.state, profile)
  const name = String(profile.name || 'Report')
  const rows = (report.rows as Row[]).map((r) =>
    Object.values(r)
      .map((v) => String(v ?? ''))
      .join('  |  '),
  )
  const pdf = storeFile(ctx, `${name}.pdf`, 'application/pdf', tinyPdf(name, rows))
  return json({
    ...profile,
    report,
    pdf_attachment_id: pdf.id,
    pdf_attachment_link: `/api/Attachment/${pdf.id}`,
  })
}

export function registerReporting(table: RouteTable<RouteHandler>): void {
  // Halo answers both calls alike: the report run, with its PDF stored as an attachment.
  const postedPdf: RouteHandler = (ctx) => {
    const body = Array.isArray(ctx.body) ? ctx.body[0] : ctx.body
    if (!body || typeof body !== 'object')
      return badRequestText('The request body is empty or is not valid JSON')
    return makePdf(ctx, body as Fields)
  }
  table.add('POST', '/Report/createpdf', postedPdf)
  table.add('POST', '/Report/print', postedPdf)

  table.add('POST', '/Report/Bookmark', (ctx) => {
    const posted = postedItems(ctx)
    if (posted instanceof Response) return posted
    const results: HaloRecord[] = []
    for (const input of posted.items) {
      const id = Number(input.id ?? 0)
      if (!ctx.state.reports.get(id)) return notFound('Report', id)
      const bookmarked = input.bookmarked !== false
      results.push(ctx.state.reports.update(id, { bookmarked }) as HaloRecord)
      const existing = ctx.state.bookmarks.find((b) => b.entity_id === id && b.entity_type === 'report')
      if (existing) ctx.state.bookmarks.update(existing.id, { bookmarked })
      else
        ctx.state.bookmarks.insert({
          entity_id: id,
          entity_type: 'report',
          agent_id: ctx.session?.agentId ?? 0,
          bookmarked,
        })
    }
    return json(posted.single ? results[0] : results)
  })

  table.add('GET', '/Report/{id:int}', (ctx) => {
    const id = idParam(ctx)
    const report = id === undefined ? undefined : ctx.state.reports.get(id)
    if (!report) return notFound('Report', ctx.params.id ?? '')
    return json(ctx.query.bool('loadreport') ? { ...report, report: runReport(ctx.state, report) } : report)
  })

  // POST /Report: `_loadreportonly` runs the SQL without saving; otherwise create/update as usual
  table.add('POST', '/Report', (ctx) => {
    const posted = postedItems(ctx)
    if (posted instanceof Response) return posted
    const results: Row[] = []
    for (const input of posted.items) {
      const id = Number(input.id ?? 0)
      if (input._loadreportonly === true || input._testonly === true) {
        results.push({ ...input, report: runReport(ctx.state, input) })
      } else if (id > 0) {
        const existing = ctx.state.reports.get(id)
        if (!existing) return notFound('Report', id)
        results.push(
          ctx.state.reports.update(id, mergeFields(existing, input) as Partial<HaloRecord>) as HaloRecord,
        )
      } else {
        const { id: _id, ...rest } = input
        results.push(ctx.state.reports.insert({ bookmarked: false, type: 0, ...rest }))
      }
    }
    const loadOnly = posted.items.every((i) => i._loadreportonly === true || i._testonly === true)
    return loadOnly ? json(posted.single ? results[0] : results) : writeResult(results, posted.single)
  })

  registerCrud(table, {
    path: '/Report',
    label: 'Report',
    store: (s) => s.reports,
    list: {
      key: 'reports',
      filters: { type: 'type', reportgroup_id: 'reportgroup_id' },
      search: ['name', 'description'],
    },
    only: ['list', 'delete'],
  })

  registerCrud(table, {
    path: '/Bookmark',
    label: 'Bookmark',
    store: (s) => s.bookmarks,
    list: { filters: { entity_type: 'entity_type', agent_id: 'agent_id' } },
    only: ['get', 'post'],
  })

  registerCrud(table, {
    path: '/DashboardLinks',
    label: 'Dashboard',
    store: (s) => s.dashboards,
    list: { key: 'dashboards', search: ['name'] },
  })
}
