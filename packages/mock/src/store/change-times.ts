// When each record was last written through the API, so lists can answer "changed since" queries
// (`lastupdatefromdate`, `datesearch=last_update`) the way Halo does. Kept beside the records rather
// than in them: seeded and lazily generated rows stay exactly as seeded, and a reset (new
// collections) forgets every time with them.

const times = new WeakMap<object, Map<number, number>>()

/** Records that `id` of `collection` was created or changed at `atMs` (epoch ms). */
export function touchRecord(collection: object, id: number, atMs: number): void {
  let byId = times.get(collection)
  if (byId === undefined) {
    byId = new Map()
    times.set(collection, byId)
  }
  byId.set(id, atMs)
}

/** When `id` was last written through the API, or undefined when it is as seeded. */
export function recordChangedAt(collection: object, id: number): number | undefined {
  return times.get(collection)?.get(id)
}
