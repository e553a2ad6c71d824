// Every operation in the spec that the mock does not simulate still answers plausibly instead of 404,
// so any generated function can be exercised: GET lists → [] (or an empty envelope when paging),
// GET one → the echoed record or `{ id }`, POST → the posted objects with ids, DELETE → `{ id }`.
// POSTed records are kept per path, so a GET after a POST finds them.
import { specRoutes } from '../generated/spec-routes.js'
import { json } from '../http/respond.js'
import { RouteTable } from '../http/route-table.js'
import type { MockContext } from '../mock/context.js'
import { Collection, type HaloRecord } from '../store/collection.js'
import { postedItems, writeResult } from './crud.js'

interface SpecEntry {
  pattern: string
  pages: boolean
}

let specTable: RouteTable<SpecEntry> | undefined

function table(): RouteTable<SpecEntry> {
  if (!specTable) {
    specTable = new RouteTable<SpecEntry>()
    for (const [method, path, pages] of specRoutes)
      specTable.add(method, path, { pattern: path, pages: pages === 1 })
  }
  return specTable
}

/** Envelope keys for paged spec lists the mock does not simulate (docs/halo-api.md, "List envelopes"). */
const listKeys: Record<string, string> = {
  '/projects': 'tickets',
  '/release': 'releases',
  '/service': 'services',
  '/timesheet': 'timesheets',
  '/softwarelicence': 'licences',
  '/dashboardlinks': 'dashboards',
  '/suppliercontract': 'contracts',
  '/roles': 'roles',
}

function listKey(collectionPath: string): string {
  const lower = collectionPath.toLowerCase()
  const known = listKeys[lower]
  if (known) return known
  const last = lower.split('/').pop() ?? 'record'
  return last.endsWith('s') ? last : `${last}s`
}

function echoStore(ctx: MockContext, collectionPath: string): Collection {
  const key = collectionPath.toLowerCase()
  let store = ctx.state.echoed.get(key)
  if (!store) {
    store = new Collection(collectionPath)
    ctx.state.echoed.set(key, store)
  }
  return store
}

function isScalar(value: unknown): boolean {
  return typeof value === 'number' || typeof value === 'string'
}

/** The answer for a spec operation, or undefined when the path is not in the spec. */
export function specFallback(
  ctx: MockContext,
  method: string,
  apiPath: string,
): { response: Response; pattern: string } | undefined {
  const match = table().match(method, apiPath)
  if (!match) return undefined
  const { pattern, pages } = match.handler
  const hasParam = pattern.includes('{')
  const collectionPath = pattern.replace(/\/\{[^}]+\}.*$/, '')
  const upper = method.toUpperCase()
  let response: Response
  if (upper === 'GET' && !hasParam) {
    const rows = ctx.state.echoed.get(collectionPath.toLowerCase())?.page(0, 10_000) ?? []
    if (pages && ctx.query.bool('pageinate')) {
      const pageSize = Math.min(
        ctx.query.int('page_size') ?? ctx.settings.defaultPageSize,
        ctx.settings.maxPageSize,
      )
      const pageNo = Math.max(1, ctx.query.int('page_no') ?? 1)
      response = json({
        page_no: pageNo,
        page_size: pageSize,
        record_count: rows.length,
        [listKey(collectionPath)]: rows.slice((pageNo - 1) * pageSize, pageNo * pageSize),
      })
    } else response = json(rows)
  } else if (upper === 'GET') {
    const raw = Object.values(match.params)[0] ?? ''
    const id = /^\d+$/.test(raw) ? Number(raw) : raw
    const echoed =
      typeof id === 'number' ? ctx.state.echoed.get(collectionPath.toLowerCase())?.get(id) : undefined
    response = json(echoed ?? { id })
  } else if (upper === 'DELETE') {
    const raw = Object.values(match.params)[0] ?? ''
    const id = /^\d+$/.test(raw) ? Number(raw) : raw
    if (typeof id === 'number') ctx.state.echoed.get(collectionPath.toLowerCase())?.delete(id)
    response = json({ id })
  } else if (Array.isArray(ctx.body) && ctx.body.length > 0 && ctx.body.every(isScalar)) {
    // An array of ids or names (`POST /RecurringInvoice/process` takes `[7501]`): an action on
    // existing records, not records to keep. Acknowledged as given.
    response = json(ctx.body)
  } else if (Array.isArray(ctx.body) && ctx.body.length > 0) {
    const posted = postedItems(ctx)
    if (posted instanceof Response) response = posted
    else {
      const store = echoStore(ctx, collectionPath)
      const results = posted.items.map((item) => {
        const id = Number(item.id ?? 0)
        if (id > 0 && store.has(id)) return store.update(id, item as Partial<HaloRecord>)
        const { id: _id, ...rest } = item
        return store.insert(rest)
      })
      response = writeResult(results, posted.single)
    }
  } else {
    response = json(ctx.body !== null && typeof ctx.body === 'object' ? ctx.body : {})
  }
  return { response, pattern }
}
