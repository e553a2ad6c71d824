import { DEFAULT_SYNC_RESOURCES, SYNC_RESOURCES } from '../resources/built-in-resources.js'
import type { SyncResource } from '../resources/sync-resource.js'
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_OVERLAP_MS,
  DEFAULT_RECONCILE_EVERY_MS,
  type SyncHaloOptions,
  type SyncResult,
} from './sync-options.js'
import { type ResourceRunSettings, syncResource } from './sync-resource.js'

function resolveResources(names: readonly string[] | undefined): SyncResource[] {
  const wanted = names ?? DEFAULT_SYNC_RESOURCES
  // Twice in one call would read it twice (in full, then what changed in between): a slip, not a wish.
  const twice = wanted.find((name, at) => wanted.indexOf(name) !== at)
  if (twice !== undefined)
    throw new RangeError(`@halo/sync: resource "${twice}" is listed twice in resources`)
  return wanted.map((name) => {
    const resource = SYNC_RESOURCES[name]
    if (resource === undefined) {
      throw new RangeError(
        `@halo/sync: unknown resource "${name}"; choose from ${Object.keys(SYNC_RESOURCES).join(', ')}`,
      )
    }
    return resource
  })
}

function checkNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`@halo/sync: ${name} must be 0 or more (got ${value})`)
}

/**
 * Mirrors Halo records into a SQL database and keeps them current: one table per resource (id
 * primary key, the record's scalar fields as columns, the whole record as JSON, `_synced_at`) and
 * a high-water mark per resource in `halo_sync_state`.
 *
 * The first run reads everything; later runs ask Halo only for records changed since the mark
 * (minus `overlapMs`), and a periodic id reconciliation removes records deleted in Halo. `full: true`
 * reads everything again and removes rows whose records Halo no longer has. Each resource is synced
 * under the store's lock, so processes sharing a Postgres mirror never sync the same resource at
 * once; give them one Redis rate-limit store and they share one budget. Within one call, up to the
 * store's `parallelResources` resources are synced side by side (their requests all go through the
 * core's rate limiter); a failure lets the running ones finish, starts no more, and is thrown.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { sqliteStore, syncHalo } from '@halo/sync'
 *
 * const core = createHaloCore.fromEnv()
 * const store = sqliteStore('./halo.db')
 * const results = await syncHalo({ core, store, resources: ['tickets', 'actions'] })
 * for (const r of results) console.log(`${r.resource}: ${r.upserted} written, ${r.deleted} deleted, ${r.requests} requests`)
 * await store.close()
 * ```
 */
export async function syncHalo(options: SyncHaloOptions): Promise<SyncResult[]> {
  const resources = resolveResources(options.resources)
  const overlapMs = options.overlapMs ?? DEFAULT_OVERLAP_MS
  const reconcileEveryMs = options.reconcileEveryMs ?? DEFAULT_RECONCILE_EVERY_MS
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY
  checkNonNegative('overlapMs', overlapMs)
  checkNonNegative('reconcileEveryMs', reconcileEveryMs)
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`@halo/sync: concurrency must be a whole number of at least 1 (got ${concurrency})`)
  }
  // The first requests need both a token and the open store: fetch the one while the other opens.
  // A failure here is not reported here; the first request asks again and reports it.
  options.core.getAccessToken({ signal: options.signal }).catch(() => undefined)
  await options.store.open()
  // Runs started by this call, by table: a parent's reconciliation waits for its children's (below).
  const started = new Map<string, Promise<unknown>>()
  const settings: ResourceRunSettings = {
    store: options.store,
    full: options.full ?? false,
    overlapMs,
    reconcileEveryMs,
    concurrency,
    now: options.now ?? Date.now,
    onProgress: options.onProgress,
    childRunsSettled: async (tables) => {
      await Promise.allSettled(tables.flatMap((table) => started.get(table) ?? []))
    },
  }
  const results: SyncResult[] = new Array(resources.length)
  let next = 0
  let failure: { readonly error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < resources.length) {
      const index = next++
      const resource = resources[index] as SyncResource
      try {
        options.signal?.throwIfAborted()
        const run = syncResource(resource, options.core, settings, options.signal)
        started.set(resource.table.name, run)
        results[index] = await run
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  const parallel = Math.max(1, Math.min(resources.length, Math.floor(options.store.parallelResources ?? 1)))
  await Promise.all(Array.from({ length: parallel }, worker))
  if (failure !== undefined) throw failure.error
  return results
}
