// When each record was last written through the API, so lists can answer "changed since" queries
// (`lastupdatefromdate`, `datesearch=last_update`) the way Halo does. Kept beside the records rather
// than in them: seeded and lazily generated rows stay exactly as seeded, and a reset (new
// collections) forgets every time with them.
//
// Each collection written or asked this way gets an index of its records by last update (built once
// from every record, then kept current from the collection's changes once the writes are done), so a
// date-filtered list costs what it returns, not a scan of every record, as a real Halo's database
// index does.
import { recordDate } from '../http/halo-date.js'
import { Collection } from './collection.js'
import { PendingKeys } from './pending-keys.js'
import { TimeIndex } from './time-index.js'

const times = new WeakMap<object, Map<number, number>>()
/** Writes recorded per collection, so an answer computed from the times can tell it still holds. */
const touches = new WeakMap<object, number>()

interface LastUpdateIndex {
  readonly index: TimeIndex
  /** Records changed since the index last looked at them. */
  readonly pending: PendingKeys
}

const indexes = new WeakMap<Collection, LastUpdateIndex>()

/** Records that `id` of `collection` was created or changed at `atMs` (epoch ms). */
export function touchRecord(collection: object, id: number, atMs: number): void {
  let byId = times.get(collection)
  if (byId === undefined) {
    byId = new Map()
    times.set(collection, byId)
  }
  byId.set(id, atMs)
  touches.set(collection, (touches.get(collection) ?? 0) + 1)
  // Built on the first write rather than on the first query, so the query that follows does not pay for it.
  if (collection instanceof Collection) lastUpdateIndex(collection).pending.add(id)
}

/** How many writes `touchRecord` has recorded for `collection`: changes when any of its times does. */
export function touchCount(collection: object): number {
  return touches.get(collection) ?? 0
}

/** When `id` was last written through the API, or undefined when it is as seeded. */
export function recordChangedAt(collection: object, id: number): number | undefined {
  return times.get(collection)?.get(id)
}

/** When the record last changed: written through the API, else its own `last_update`, else 0. */
export function lastUpdateOf(
  collection: object | undefined,
  record: { readonly [field: string]: unknown },
): number {
  const touched =
    collection && typeof record.id === 'number' ? recordChangedAt(collection, record.id) : undefined
  return touched ?? recordDate(record.last_update) ?? 0
}

function lastUpdateIndex(collection: Collection): LastUpdateIndex {
  let found = indexes.get(collection)
  if (found === undefined) {
    const entries = function* () {
      for (const record of collection.values()) yield [record.id, [lastUpdateOf(collection, record)]] as const
    }
    const index = TimeIndex.of(entries())
    const pending = new PendingKeys((ids) => {
      for (const id of ids) {
        const record = collection.get(id)
        index.set(id, record === undefined ? [] : [lastUpdateOf(collection, record)])
      }
      return true
    })
    const built: LastUpdateIndex = { index, pending }
    collection.onChange((id) => pending.add(id))
    indexes.set(collection, built)
    found = built
  }
  return found
}

/**
 * Ids of the records of `collection` whose last update (`lastUpdateOf`) lies in [from, to]
 * (inclusive; undefined: open), ascending: exactly the records a scan with that test would keep.
 */
export function changedBetween(
  collection: Collection,
  from: number | undefined,
  to: number | undefined,
): readonly number[] {
  const { index, pending } = lastUpdateIndex(collection)
  pending.flush()
  return index.keysBetween(from, to)
}
