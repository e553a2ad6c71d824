import { readUnpaged } from '../fetch/read-pages.js'
import type { ResourceRun } from './sync-resource.js'

/** Ids per `ticketids=` request when fetching records the mirror lacks. */
const BY_IDS_CHUNK = 100

const keyOf = (key: readonly number[]) => key.join(':')

/**
 * Finds records deleted in Halo (and any the mirror lacks) at the smallest request cost Halo allows:
 *
 * - with an id-only list (`ticketidonly`, `idonly`): one unpaged request answers every id; rows
 *   whose id is gone are deleted (with their children, a ticket's actions), and missing records are
 *   fetched by id (`ticketids`, 100 a request) or, where Halo cannot filter by id, by one full read;
 * - a list that does not page (actions) is read whole in one request: every row not in the answer
 *   is deleted;
 * - anything else is read whole (its full read deletes what it did not see).
 */
export async function reconcileIds(run: ResourceRun, until: string): Promise<void> {
  const { resource, requester } = run
  const base = resource.baseQuery ?? {}
  run.progress('reconcile')

  if (resource.idsQuery === undefined) {
    const readStart = new Date().toISOString()
    const query = resource.pageSize === undefined ? { ...base, ...resource.everything?.(until) } : base
    const consistent = await run.read(query, 'reconcile')
    if (consistent)
      await run.apply({ table: resource.table, deleteSyncedBefore: readStart, syncedAt: readStart })
    return
  }

  const listed = await readUnpaged(requester, resource.operation, resource.listKey, {
    ...base,
    ...resource.idsQuery,
  })
  const inHalo = new Set<number>()
  for (const row of listed) {
    const id = row.id
    if (typeof id === 'number') inHalo.add(id)
  }
  const mirrored = await run.settings.store.keys(resource.table)
  const inMirror = new Set(mirrored.map(keyOf))
  const gone = mirrored.filter((key) => !inHalo.has(key[0] as number))
  if (gone.length > 0) {
    const ids = gone.map((key) => key[0] as number)
    await run.apply({ table: resource.table, deleteKeys: gone, syncedAt: new Date().toISOString() })
    // A child run of the same call may have read a gone record's children before Halo dropped them.
    const children = resource.children ?? []
    await run.settings.childRunsSettled(children.map((child) => child.table))
    for (const child of children) {
      await run.apply({
        table: resource.table,
        deleteChildren: { table: child.table, column: child.column, ids },
        syncedAt: new Date().toISOString(),
      })
    }
  }
  const missing = [...inHalo].filter((id) => !inMirror.has(String(id)))
  if (missing.length === 0) return
  if (resource.byIds !== undefined) {
    for (let start = 0; start < missing.length; start += BY_IDS_CHUNK) {
      await run.read({ ...base, ...resource.byIds(missing.slice(start, start + BY_IDS_CHUNK)) }, 'reconcile')
    }
  } else {
    await run.read(base, 'reconcile')
  }
}
