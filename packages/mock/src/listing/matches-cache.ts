// The records a filtered list of a collection matched, kept until the collection or its change
// times move: each page of one list asks the same query (the 20 pages of 2,000 changed tickets
// filtered the same 2,000 records 20 times), where a real Halo's database pages through one plan.
import type { MockContext } from '../mock/context.js'
import { touchCount } from '../store/change-times.js'
import type { Collection } from '../store/collection.js'

/** Parameters that pick a page, not which records match. */
const PAGING = new Set(['page_no', 'page_size'])

interface Matched {
  /** The list's spec: another route over the same collection filters differently. */
  readonly spec: object
  readonly query: string
  readonly version: string
  readonly matches: readonly unknown[]
}

/** The last list matched per collection: the lanes of one paged read ask the same query. */
const lastMatched = new WeakMap<Collection, Matched>()

/** The parameters as the filters read them (names case-insensitive, the first value of each), paging left out. */
function matchingQuery(ctx: MockContext): string {
  const names = [...ctx.query.names()].filter((name) => !PAGING.has(name)).sort()
  return JSON.stringify(names.map((name) => [name, ctx.query.get(name)]))
}

/**
 * `match()`'s answer for this list of `collection`, or the one it gave for the same query and spec
 * when nothing in the collection has been written since (records, or their change times).
 */
export function matchesOf<T>(
  ctx: MockContext,
  collection: Collection,
  spec: object,
  match: () => T[],
): readonly T[] {
  const version = `${collection.version}:${touchCount(collection)}`
  const query = matchingQuery(ctx)
  const last = lastMatched.get(collection)
  if (last !== undefined && last.spec === spec && last.query === query && last.version === version) {
    return last.matches as readonly T[]
  }
  const matches = match()
  lastMatched.set(collection, { spec, query, version, matches })
  return matches
}
