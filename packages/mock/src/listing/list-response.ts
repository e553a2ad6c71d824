// Lists the way Halo answers them (docs/halo-api.md, "Lists and paging"): paging only with `pageinate=true` (1-based `page_no`,
// `page_size` capped), `{ page_no, page_size, record_count, <key>: [...] }` envelopes or bare arrays,
// `count` when not paging, `search`, equality filters and `order`/`orderdesc`.
import { json } from '../http/respond.js'
import { slicedListJson } from '../http/sliced-json.js'
import type { MockContext } from '../mock/context.js'
import { Collection } from '../store/collection.js'
import { dateRangePredicate, lastUpdateCandidates } from './date-filters.js'
import { matchesOf } from './matches-cache.js'

/** What a list reads from: an array, or a Collection (paged without being copied). */
export interface PagedSource<T> {
  readonly size: number
  page(offset: number, limit: number): T[]
  values(): Iterable<T>
}

export type FilterRule<T> = string | ((record: T, value: string, ctx: MockContext) => boolean)

export interface ListSpec<T> {
  /** Envelope key (`tickets`); undefined answers a bare array. */
  key?: string
  /** Whether `pageinate=true` pages this list (default: when it has an envelope key). */
  pageable?: boolean
  /** Page-size cap (default: settings.maxPageSize). */
  maxPageSize?: number
  /** Query parameter → record field (equality, comma lists allowed) or predicate. */
  filters?: Record<string, FilterRule<T>>
  /** Fields `search` looks in (case-insensitive substring). */
  search?: readonly string[]
  /** Hide `inactive: true` records unless `includeinactive=true`. */
  hidesInactive?: boolean
  /** Always-on restriction (e.g. only one ticket's actions). */
  scope?: (record: T) => boolean
  /** Shape of each row (list views are often slimmer than GET one). */
  view?: (record: T, ctx: MockContext) => unknown
  /** Answer a bare array when not paging (Halo does this for Appointment). */
  unpagedBare?: boolean
  /** Extra envelope fields. */
  extra?: (ctx: MockContext) => Record<string, unknown>
}

function equalsAny(actual: unknown, wanted: string): boolean {
  const options = wanted.split(',').map((s) => s.trim().toLowerCase())
  if (Array.isArray(actual)) return actual.some((a) => equalsAny(a, wanted))
  return options.includes(String(actual).toLowerCase())
}

function buildPredicate<T extends object>(
  ctx: MockContext,
  spec: ListSpec<T>,
): ((r: T) => boolean) | undefined {
  const checks: ((r: T) => boolean)[] = []
  if (spec.scope) checks.push(spec.scope)
  for (const [param, rule] of Object.entries(spec.filters ?? {})) {
    const value = ctx.query.get(param)
    if (value === undefined || value === '') continue
    if (typeof rule === 'string') checks.push((r) => equalsAny((r as Record<string, unknown>)[rule], value))
    else checks.push((r) => rule(r, value, ctx))
  }
  const term = ctx.query.get('search')?.trim().toLowerCase()
  if (term && spec.search) {
    const fields = spec.search
    checks.push((r) =>
      fields.some((f) =>
        String((r as Record<string, unknown>)[f] ?? '')
          .toLowerCase()
          .includes(term),
      ),
    )
  }
  if (spec.hidesInactive && !ctx.query.bool('includeinactive')) {
    checks.push((r) => (r as Record<string, unknown>).inactive !== true)
  }
  if (checks.length === 0) return undefined
  return (r) => checks.every((c) => c(r))
}

function compareBy(field: string, desc: boolean): (a: object, b: object) => number {
  return (a, b) => {
    const x = (a as Record<string, unknown>)[field]
    const y = (b as Record<string, unknown>)[field]
    const r =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''))
    return desc ? -r : r
  }
}

function withDateRange<T>(
  predicate: ((r: T) => boolean) | undefined,
  dates: ((r: Record<string, unknown>) => boolean) | undefined,
): ((r: T) => boolean) | undefined {
  if (dates === undefined) return predicate
  return (r) => (predicate === undefined || predicate(r)) && dates(r as Record<string, unknown>)
}

/** Rows for one page of `source` after filters, without materialising the unfiltered store. */
export function listResponse<T extends object>(
  ctx: MockContext,
  source: PagedSource<T> | readonly T[],
  spec: ListSpec<T>,
): Response {
  const isCollection = !Array.isArray(source)
  const predicate = withDateRange(
    buildPredicate(ctx, spec),
    dateRangePredicate(ctx, isCollection ? source : undefined),
  )
  const order = ctx.query.get('order')
  const desc = ctx.query.bool('orderdesc')
  const pageable = spec.pageable ?? spec.key !== undefined
  const paging = pageable && ctx.query.bool('pageinate')

  let total: number
  let take: (offset: number, limit: number) => T[]
  if (isCollection && !predicate && !order) {
    const coll = source as PagedSource<T>
    total = coll.size
    take = (offset, limit) => coll.page(offset, limit)
  } else {
    const match = (): T[] => {
      const matches: T[] = []
      // A last-update filter reads the collection's index: only records it can keep are tested.
      const candidates =
        source instanceof Collection
          ? (lastUpdateCandidates(ctx, source) as Iterable<T> | undefined)
          : undefined
      const iterable: Iterable<T> =
        candidates ?? (isCollection ? (source as PagedSource<T>).values() : (source as readonly T[]))
      for (const r of iterable) if (!predicate || predicate(r)) matches.push(r)
      if (order) matches.sort(compareBy(order.toLowerCase(), desc))
      return matches
    }
    const matches = source instanceof Collection ? matchesOf(ctx, source, spec, match) : match()
    total = matches.length
    take = (offset, limit) => matches.slice(offset, offset + limit)
  }

  // `idonly=true` (Users, Client, Site, Asset, Invoice): ids only, in one unpaged answer.
  const view = ctx.query.bool('idonly')
    ? (r: T) => ({ id: (r as { id?: unknown }).id })
    : spec.view
      ? (r: T) => spec.view?.(r, ctx)
      : (r: T) => r
  const extra = spec.extra?.(ctx) ?? {}
  if (paging) {
    const cap = spec.maxPageSize ?? ctx.settings.maxPageSize
    const asked = ctx.query.int('page_size') ?? ctx.settings.defaultPageSize
    const pageSize = Math.max(1, Math.min(asked, cap))
    const pageNo = Math.max(1, ctx.query.int('page_no') ?? 1)
    const rows = take((pageNo - 1) * pageSize, pageSize).map(view)
    const head = { page_no: pageNo, page_size: pageSize, record_count: total }
    const key = spec.key ?? 'records'
    return Object.keys(extra).length === 0
      ? slicedListJson(head, key, rows)
      : json({ ...head, [key]: rows, ...extra })
  }
  const count = ctx.query.int('count')
  const rows = take(0, count !== undefined && count > 0 ? count : total).map(view)
  if (spec.key === undefined || spec.unpagedBare) return json(rows)
  return Object.keys(extra).length === 0
    ? slicedListJson({ record_count: total }, spec.key, rows)
    : json({ record_count: total, [spec.key]: rows, ...extra })
}
