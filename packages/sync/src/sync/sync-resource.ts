import type { RecordBatchText } from '@halo/core'
import { readPages } from '../fetch/read-pages.js'
import { readStreamed } from '../fetch/read-streamed.js'
import { CountingRequester } from '../fetch/request-counter.js'
import type { SyncResource } from '../resources/sync-resource.js'
import { type JsonBatchChange, parseJsonBatch, takesJsonBatches } from '../store/json-batches.js'
import { appliesInOrder } from '../store/ordered-calls.js'
import type { MirrorChange, SyncState, SyncStore } from '../store/sync-store.js'
import { incrementalStart, nextMark } from './high-water-mark.js'
import { reconcileIds } from './reconcile.js'
import type { SyncHaloOptions, SyncProgress, SyncResult } from './sync-options.js'

/** Settings of one resource's run, resolved from `SyncHaloOptions`. */
export interface ResourceRunSettings {
  readonly store: SyncStore
  readonly full: boolean
  readonly overlapMs: number
  readonly reconcileEveryMs: number
  readonly concurrency: number
  readonly now: () => number
  readonly onProgress: SyncHaloOptions['onProgress']
  /**
   * Settles once the runs of these tables started by the same `syncHalo` call have ended, so a
   * parent deletes a gone record's children only after a child run that read them earlier wrote them.
   */
  readonly childRunsSettled: (tables: readonly string[]) => Promise<void>
}

/** Halo's clock may run ahead of ours: date filters end a day after our "now". */
const UNTIL_MARGIN_MS = 24 * 60 * 60_000

/** Counts and writes for one resource run; writes are applied one after another, in arrival order. */
export class ResourceRun {
  fetched = 0
  upserted = 0
  deleted = 0
  #writes: Promise<unknown> = Promise.resolve()

  constructor(
    readonly resource: SyncResource,
    readonly requester: CountingRequester,
    readonly settings: ResourceRunSettings,
  ) {}

  progress(phase: SyncProgress['phase'], total?: number): void {
    this.settings.onProgress?.({
      resource: this.resource.name,
      phase,
      fetched: this.fetched,
      total,
      requests: this.requester.count,
    })
  }

  /**
   * Writes fetched records, given as the JSON text Halo sent: a store that takes such texts parses
   * them itself (the SQLite store, in its worker thread); any other is given the parsed records.
   */
  write(records: RecordBatchText, syncedAt = new Date().toISOString()): Promise<void> {
    this.fetched += records.count
    if (records.count === 0) return Promise.resolve()
    const { store } = this.settings
    const { table } = this.resource
    const change: MirrorChange | JsonBatchChange = takesJsonBatches(store)
      ? { table, upsertJson: records, syncedAt }
      : { table, upsert: parseJsonBatch(records.json, table.name), syncedAt }
    return this.apply(change).then(() => {
      this.upserted += records.count
    })
  }

  apply(change: MirrorChange): Promise<void> {
    const { store } = this.settings
    // In order either way: a store that applies calls in the order made takes each one at once (its
    // next write is queued before the last one's answer is back); any other, after the last one ended.
    const applied = appliesInOrder(store) ? store.apply(change) : this.#writes.then(() => store.apply(change))
    this.#writes = applied.catch(() => undefined)
    return applied.then(({ deleted }) => {
      this.deleted += deleted
    })
  }

  /** Reads a list query whole (paged or in one answer) into the mirror; false when it moved under the read. */
  async read(query: Readonly<Record<string, unknown>>, phase: SyncProgress['phase']): Promise<boolean> {
    const { resource, requester, settings } = this
    if (resource.pageSize === undefined) {
      const read = await readStreamed({
        requester,
        operation: resource.operation,
        listKey: resource.listKey,
        query,
        concurrency: settings.concurrency,
        onBatch: async (records) => {
          await this.write(records)
          this.progress(phase)
        },
      })
      if (read === 0) this.progress(phase, 0)
      return true
    }
    const read = await readPages({
      requester,
      operation: resource.operation,
      listKey: resource.listKey,
      query,
      pageSize: resource.pageSize,
      concurrency: settings.concurrency,
      onPage: async (records) => {
        await this.write(records)
        this.progress(phase)
      },
    })
    return read.consistent
  }
}

/**
 * Syncs one resource under its lock: a full read the first time (or when asked, or when Halo has
 * no change filter for it), else what changed since the mark; ids are reconciled when due. The
 * mark is written last, once everything it covers is in the mirror: a run killed at any point
 * leaves the old mark, and the next run reads that window again (upserts make it harmless).
 */
export function syncResource(
  resource: SyncResource,
  core: SyncHaloOptions['core'],
  settings: ResourceRunSettings,
  signal?: AbortSignal,
): Promise<SyncResult> {
  return settings.store.withResourceLock(resource.name, () => runLocked(resource, core, settings, signal), {
    onWait: tellWaiting(resource.name, settings.onProgress),
    signal,
  })
}

/** The run itself, inside the resource's lock. */
async function runLocked(
  resource: SyncResource,
  core: SyncHaloOptions['core'],
  settings: ResourceRunSettings,
  signal?: AbortSignal,
): Promise<SyncResult> {
  const requester = new CountingRequester(core, signal)
  const run = new ResourceRun(resource, requester, settings)
  const state = await settings.store.readState(resource.name)
  const runStart = settings.now()
  const runStartIso = new Date(runStart).toISOString()
  const until = new Date(runStart + UNTIL_MARGIN_MS).toISOString()
  const base = resource.baseQuery ?? {}
  const mark = state?.highWaterMark
  const incremental = !settings.full && mark !== undefined && resource.changedSince !== undefined

  let since: string | null = null
  let consistent: boolean
  let reconciled = false
  if (incremental && resource.changedSince !== undefined && mark !== undefined) {
    since = incrementalStart(mark, settings.overlapMs)
    consistent = await run.read({ ...base, ...resource.changedSince(since, until) }, 'incremental')
    const lastReconciled =
      state?.lastReconciledAt === undefined ? undefined : Date.parse(state.lastReconciledAt)
    const due = lastReconciled === undefined || runStart - lastReconciled >= settings.reconcileEveryMs
    if (due || !consistent) {
      await reconcileIds(run, until)
      reconciled = true
    }
  } else {
    // Rows written from here on carry a later `_synced_at`; what is left older is gone from Halo.
    const readStart = new Date().toISOString()
    const everything = resource.pageSize === undefined && resource.everything !== undefined
    consistent = await run.read({ ...base, ...(everything ? resource.everything?.(until) : {}) }, 'full')
    if (consistent) {
      await run.apply({ table: resource.table, deleteSyncedBefore: readStart, syncedAt: readStart })
    } else {
      await reconcileIds(run, until)
    }
    reconciled = true
  }

  const next: SyncState = {
    resource: resource.name,
    // An incremental read that moved under us may have missed a record: read the window again.
    highWaterMark: incremental && !consistent ? mark : nextMark(incremental ? mark : undefined, runStart),
    lastFullSyncAt: incremental ? state?.lastFullSyncAt : runStartIso,
    lastReconciledAt: reconciled ? runStartIso : state?.lastReconciledAt,
  }
  await settings.store.writeState(next)
  return {
    resource: resource.name,
    fetched: run.fetched,
    upserted: run.upserted,
    deleted: run.deleted,
    requests: requester.count,
    since,
  }
}

/** Says once that the resource waits for another process's run on the same mirror. */
function tellWaiting(resource: string, onProgress: SyncHaloOptions['onProgress']): () => void {
  return () => onProgress?.({ resource, phase: 'waiting', fetched: 0, total: undefined, requests: 0 })
}
