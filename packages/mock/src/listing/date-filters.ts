// Halo's date filters on lists, as the spec names them:
// - `datesearch=<field>&startdate=…&enddate=…` (tickets, and actions across tickets): the field to
//   compare, e.g. `dateoccured` (Halo's spelling), `datecleared`, `last_update`;
// - `lastupdatefromdate=…&lastupdatetodate=…` (users, clients, sites, assets): changed in the range.
// A record's "last update" is when it was last written through the API, else its own `last_update`,
// else never (seeded records count as changed long ago, whatever dates they were seeded with, so a
// large seed's future-dated tickets never look recently changed). Bounds are inclusive; a date that
// does not parse filters nothing (Halo ignores it).
import type { MockContext } from '../mock/context.js'
import { recordChangedAt } from '../store/change-times.js'

const LAST_UPDATE_FIELDS = new Set(['last_update', 'lastupdate', 'last_updated', 'lastupdated'])
/** Halo spells some `datesearch` values differently from the record field. */
const FIELD_ALIASES: Readonly<Record<string, string>> = { dateoccured: 'dateoccurred' }

type Row = Record<string, unknown> & { id?: unknown }

function parseBound(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) || !/T/.test(raw) ? raw : `${raw}Z`)
  return Number.isNaN(ms) ? undefined : ms
}

function dateOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.startsWith('1900-01-01')) return undefined
  return parseBound(value)
}

/** When the record last changed: written through the API, else its own `last_update`, else 0. */
export function lastUpdateOf(collection: object | undefined, record: Row): number {
  const touched =
    collection && typeof record.id === 'number' ? recordChangedAt(collection, record.id) : undefined
  return touched ?? dateOf(record.last_update) ?? 0
}

function inRange(ms: number | undefined, from: number | undefined, to: number | undefined): boolean {
  if (ms === undefined) return from === undefined && to === undefined
  return (from === undefined || ms >= from) && (to === undefined || ms <= to)
}

/**
 * The date predicate a list request asks for, or undefined when it names none. `defaultField` is
 * what `startdate`/`enddate` compare without `datesearch` (actions: when the action happened).
 */
export function dateRangePredicate(
  ctx: MockContext,
  collection: object | undefined,
  defaultField?: string,
): ((record: Row) => boolean) | undefined {
  const q = ctx.query
  const checks: ((record: Row) => boolean)[] = []
  const fromUpdate = parseBound(q.get('lastupdatefromdate'))
  const toUpdate = parseBound(q.get('lastupdatetodate'))
  if (fromUpdate !== undefined || toUpdate !== undefined) {
    checks.push((r) => inRange(lastUpdateOf(collection, r), fromUpdate, toUpdate))
  }
  const start = parseBound(q.get('startdate'))
  const end = parseBound(q.get('enddate'))
  const searched = q.get('datesearch')?.trim().toLowerCase() || defaultField
  if ((start !== undefined || end !== undefined) && searched) {
    const field = FIELD_ALIASES[searched] ?? searched
    checks.push((r) =>
      inRange(LAST_UPDATE_FIELDS.has(field) ? lastUpdateOf(collection, r) : dateOf(r[field]), start, end),
    )
  }
  if (checks.length === 0) return undefined
  return (r) => checks.every((check) => check(r))
}
