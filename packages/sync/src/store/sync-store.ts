import type { LockWaitOptions } from './lock-wait.js'

/** A mirror table: its name and the fields that identify a record (`['id']`; actions `['ticket_id', 'id']`). */
export interface MirrorTable {
  readonly name: string
  readonly key: readonly string[]
}

/** One resource's progress, kept in `halo_sync_state`. */
export interface SyncState {
  readonly resource: string
  /**
   * The high-water mark (ISO 8601): every change Halo made before it is in the mirror. The next
   * incremental run asks for records changed since the mark minus the overlap margin.
   */
  readonly highWaterMark: string | undefined
  /** When the last full read of the resource finished (ISO 8601). */
  readonly lastFullSyncAt: string | undefined
  /** When ids were last reconciled with Halo's (ISO 8601). */
  readonly lastReconciledAt: string | undefined
}

/** What one `apply` writes, in one transaction. */
export interface MirrorChange {
  readonly table: MirrorTable
  /** Records to insert or replace whole (by key); new scalar fields become new columns first. */
  readonly upsert?: readonly Readonly<Record<string, unknown>>[]
  /** Keys of rows to delete, each a tuple in the order of `table.key`. */
  readonly deleteKeys?: readonly (readonly number[])[]
  /** Deletes the rows of another table that belong to deleted records (a ticket's actions). */
  readonly deleteChildren?: {
    readonly table: string
    readonly column: string
    readonly ids: readonly number[]
  }
  /** Deletes every row of `table` not written at or after this moment (ISO 8601): a full read's leftovers. */
  readonly deleteSyncedBefore?: string
  /** `_synced_at` of the rows written (ISO 8601). */
  readonly syncedAt: string
}

/**
 * Where the mirror lives. `sqliteStore(path)` and `postgresStore(url)` implement it; a store of your
 * own (another database) implements the same eight methods.
 *
 * Tables: one per resource, with the key columns, one typed column per scalar field of the records
 * (added when a field first appears), `_json` (the whole record as Halo sent it) and `_synced_at`;
 * plus `halo_sync_state`.
 */
export interface SyncStore {
  /** `'sqlite'`, `'postgres'`, or your store's name (shown in progress and errors). */
  readonly kind: string
  /**
   * How many resources one `syncHalo` call may sync at once against this store (default 1: one
   * after another). Each holds its lock for the whole run and writes through the store meanwhile, so
   * a store with a bounded connection pool allows no more than it can serve both ways.
   */
  readonly parallelResources?: number
  /** Connects and creates `halo_sync_state`; safe to call more than once. */
  open(): Promise<void>
  close(): Promise<void>
  /**
   * Runs `work` while holding the resource's lock, so that one process at a time syncs it (Postgres:
   * an advisory lock, released if the process dies). Waits while another process holds it: calls
   * `wait.onWait` once before waiting, so the caller can say why nothing moves, and stops waiting
   * (rejecting with its reason, `work` never run) when `wait.signal` aborts.
   */
  withResourceLock<T>(resource: string, work: () => Promise<T>, wait?: LockWaitOptions): Promise<T>
  readState(resource: string): Promise<SyncState | undefined>
  /** Moves the mark: called only after the data it covers was applied. */
  writeState(state: SyncState): Promise<void>
  /** Writes one change atomically (all of it or none of it is in the mirror); answers the rows deleted. */
  apply(change: MirrorChange): Promise<{ readonly deleted: number }>
  /** The keys of every row of `table` ([] when the table does not exist yet). */
  keys(table: MirrorTable): Promise<number[][]>
  /** Runs SQL against the mirror (no API calls) and answers the rows. */
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>
}

/** The name of the state table. */
export const SYNC_STATE_TABLE = 'halo_sync_state'
