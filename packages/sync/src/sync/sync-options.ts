import type { HaloCore } from '@halo/core'
import type { SyncStore } from '../store/sync-store.js'

/** What `onProgress` is told after each page written and when a phase starts. */
export interface SyncProgress {
  readonly resource: string
  /**
   * `full`: reading everything; `incremental`: what changed since the mark; `reconcile`: comparing
   * ids; `waiting`: another run (another process, usually) is syncing this resource into the same
   * mirror, and this one starts once it ends (told once, before it waits).
   */
  readonly phase: 'waiting' | 'full' | 'incremental' | 'reconcile'
  /** Records received so far in this phase. */
  readonly fetched: number
  /** Records Halo said the phase will read, when it said. */
  readonly total: number | undefined
  /** API requests spent on this resource so far. */
  readonly requests: number
}

/** What one resource's sync did. */
export interface SyncResult {
  readonly resource: string
  /** Records received from Halo. */
  readonly fetched: number
  /** Rows inserted or replaced in the mirror. */
  readonly upserted: number
  /** Rows removed because Halo no longer has their records. */
  readonly deleted: number
  /** API requests spent. */
  readonly requests: number
  /** The lower bound asked of Halo (ISO 8601) on an incremental run; `null` when everything was read. */
  readonly since: string | null
}

export interface SyncHaloOptions {
  /** The core to read Halo with (its rate limiter, shared through a Redis store, sets the pace). */
  readonly core: HaloCore
  readonly store: SyncStore
  /** Resource names (see `SYNC_RESOURCES`). Default: `DEFAULT_SYNC_RESOURCES`. */
  readonly resources?: readonly string[]
  /** Read everything again and remove rows whose records Halo no longer has. Default false. */
  readonly full?: boolean
  readonly onProgress?: (progress: SyncProgress) => void
  /**
   * How far before the mark an incremental run starts asking, so a change stamped by a clock
   * running behind ours (or committed late) is not missed. Default 5 minutes.
   */
  readonly overlapMs?: number
  /**
   * How often ids are compared with Halo's to find deleted records (one request for most
   * resources). `0` reconciles on every run. Default 1 hour.
   */
  readonly reconcileEveryMs?: number
  /** Pages requested at once while reading a list. Default 8 (the core's limiter still paces them). */
  readonly concurrency?: number
  /** Stops the sync: pages already written stay, the mark does not move. */
  readonly signal?: AbortSignal
  /** The clock marks are taken from (epoch ms). Default `Date.now`. */
  readonly now?: () => number
}

export const DEFAULT_OVERLAP_MS = 5 * 60_000
export const DEFAULT_RECONCILE_EVERY_MS = 60 * 60_000
export const DEFAULT_CONCURRENCY = 8
