// Halo's date filters on lists, as the spec names them:
// - `datesearch=<field>&startdate=…&enddate=…` (tickets, and actions across tickets): the field to
//   compare, e.g. `dateoccured` (Halo's spelling), `datecleared`, `last_update`;
// - `lastupdatefromdate=…&lastupdatetodate=…` (users, clients, sites, assets): changed in the range.
// A record's "last update" is when it was last written through the API, else its own `last_update`,
// else never (seeded records count as changed long ago, whatever dates they were seeded with, so a
// large seed's future-dated tickets never look recently changed). Bounds are inclusive; a date that
// does not parse filters nothing (Halo ignores it).
import { recordDate as dateOf, parseHaloDate as parseBound } from '../http/halo-date.js'
import type { MockContext } from '../mock/context.js'
import { changedBetween, lastUpdateOf } from '../store/change-times.js'
import type { Collection, HaloRecord } from '../store/collection.js'

const LAST_UPDATE_FIELDS = new Set(['last_update', 'lastupdate', 'last_updated', 'lastupdated'])
/** Halo spells some `datesearch` values differently from the record field. */
const FIELD_ALIASES: Readonly<Record<string, string>> = { dateoccured: 'dateoccurred' }

type Row = Record<string, unknown> & { id?: unknown }

function inRange(ms: number | undefined, from: number | undefined, to: number | undefined): boolean {
  if (ms === undefined) return from === undefined && to === undefined
  return (from === undefined || ms >= from) && (to === undefined || ms <= to)
}

/** The record field `startdate`/`enddate` compare: `datesearch` (Halo's spelling mapped), else `defaultField`. */
export function searchedField(ctx: MockContext, defaultField?: string): string | undefined {
  const searched = ctx.query.get('datesearch')?.trim().toLowerCase() || defaultField
  return searched ? (FIELD_ALIASES[searched] ?? searched) : undefined
}

/** The [from, to] bounds `startdate`/`enddate` ask for, or undefined when neither parses. */
export function startEndBounds(
  ctx: MockContext,
): readonly [number | undefined, number | undefined] | undefined {
  const start = parseBound(ctx.query.get('startdate'))
  const end = parseBound(ctx.query.get('enddate'))
  return start === undefined && end === undefined ? undefined : [start, end]
}

/**
 * The records a last-update filter of this request can keep, from the collection's index, in id
 * order; undefined when the request has no such filter (then every record is a candidate). The
 * request's whole predicate (`dateRangePredicate`) still decides which of them are listed.
 */
export function lastUpdateCandidates<T extends HaloRecord>(
  ctx: MockContext,
  collection: Collection<T>,
): Iterable<T> | undefined {
  const q = ctx.query
  let bounds: readonly [number | undefined, number | undefined] | undefined
  const fromUpdate = parseBound(q.get('lastupdatefromdate'))
  const toUpdate = parseBound(q.get('lastupdatetodate'))
  if (fromUpdate !== undefined || toUpdate !== undefined) bounds = [fromUpdate, toUpdate]
  else {
    const field = searchedField(ctx)
    if (field !== undefined && LAST_UPDATE_FIELDS.has(field)) bounds = startEndBounds(ctx)
  }
  if (bounds === undefined) return undefined
  const ids = changedBetween(collection, bounds[0], bounds[1])
  return (function* () {
    for (const id of ids) {
      const record = collection.get(id)
      if (record !== undefined) yield record
    }
  })()
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
  const field = searchedField(ctx, defaultField)
  if ((start !== undefined || end !== undefined) && field !== undefined) {
    checks.push((r) =>
      inRange(LAST_UPDATE_FIELDS.has(field) ? lastUpdateOf(collection, r) : dateOf(r[field]), start, end),
    )
  }
  if (checks.length === 0) return undefined
  return (r) => checks.every((check) => check(r))
}
