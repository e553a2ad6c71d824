import { isJsonBatchChange, TAKES_JSON_BATCHES } from './json-batches.js'
import { KeyedMutex } from './keyed-mutex.js'
import { loadDriver } from './load-driver.js'
import type { LockWaitOptions } from './lock-wait.js'
import { ORDERED_CALLS } from './ordered-calls.js'
import type { SqliteMirror } from './sqlite-mirror.js'
import { checkMirrorPath, isFilelessPath } from './sqlite-mirror-path.js'
import { processLockPath, SqliteProcessLock } from './sqlite-process-lock.js'
import type { MirrorMethod } from './sqlite-worker-protocol.js'
import { SqliteWorkerThread } from './sqlite-worker-thread.js'
import type { MirrorChange, MirrorTable, SyncState, SyncStore } from './sync-store.js'

export interface SqliteStoreOptions {
  /**
   * Opens an existing mirror only and refuses every change (SQLite's `query_only`): for reading a
   * mirror with `query` (`halo sync query` opens it so). `open()` fails when the file does not exist
   * instead of creating it, and nothing (not even the state table) is written.
   */
  readonly readOnly?: boolean
}

/**
 * The embedded store: one SQLite file (WAL journal, so readers never wait for a sync and a killed
 * process leaves every committed page intact; `synchronous = NORMAL`, so a commit costs no fsync).
 * Its connection lives in a worker thread of its own, so SQLite's work runs beside the thread that
 * reads Halo's answers. One sync process at a time: a second one on the same file waits until the
 * first has ended its runs (`SqliteProcessLock`); to sync side by side, share a `postgresStore`.
 *
 * Needs the optional peer `better-sqlite3` (12.x).
 *
 * @example
 * ```ts
 * import { sqliteStore, syncHalo } from '@halo/sync'
 * const store = sqliteStore('./halo.db')
 * await syncHalo({ core, store })
 * console.log(await store.query('SELECT count(*) AS n FROM tickets'))
 * await store.close()
 * ```
 */
export function sqliteStore(path: string, options: SqliteStoreOptions = {}): SyncStore {
  return new SqliteSyncStore(path, sqliteWorkerEntry(), options)
}

/**
 * The worker's entry file beside this module: `.js` in the ESM build, `.cjs` in the CJS build (tsup
 * gives the CJS build a `file:` URL of its own file as `import.meta.url`), `.ts` from the sources.
 */
export function sqliteWorkerEntry(): URL {
  const here = import.meta.url
  const extension = /\.(c?js|ts)$/.exec(new URL(here).pathname)?.[0] ?? '.js'
  return new URL(`./sqlite-worker${extension}`, here)
}

/** The worker only queues writes; resources overlap their waits for Halo, and it writes their pages in turn. */
const SQLITE_PARALLEL_RESOURCES = 8

/**
 * Every call goes to the worker and is answered in the order made: writes, then reads that see them
 * (`query` and `keys` use the same connection, which is also the only way to reach `:memory:`).
 */
export class SqliteSyncStore implements SyncStore {
  readonly kind = 'sqlite'
  readonly parallelResources = SQLITE_PARALLEL_RESOURCES
  /** The worker runs calls one at a time in arrival order. */
  readonly [ORDERED_CALLS] = true
  readonly [TAKES_JSON_BATCHES] = true
  readonly #path: string
  readonly #workerEntry: URL
  readonly #mutex = new KeyedMutex()
  readonly #readOnly: boolean
  #thread: SqliteWorkerThread | undefined
  #opening: Promise<void> | undefined
  /** Between processes (none for a database without a file, which no other process can open, or a read-only store). */
  #processLock: SqliteProcessLock | undefined

  /** `workerEntry`: the worker's file (tests start stand-ins that fail on purpose). */
  constructor(path: string, workerEntry: URL, { readOnly = false }: SqliteStoreOptions = {}) {
    this.#path = path
    this.#workerEntry = workerEntry
    this.#readOnly = readOnly
  }

  open(): Promise<void> {
    this.#opening ??= this.#open()
    return this.#opening
  }

  async #open(): Promise<void> {
    checkMirrorPath(this.#path, this.#readOnly)
    // Loaded here too: a missing driver is reported before any thread starts, a failure in the
    // worker is rebuilt as better-sqlite3's own SqliteError, and the process lock opens its file here.
    const { default: Database } = await loadDriver('better-sqlite3', () => import('better-sqlite3'))
    const thread = new SqliteWorkerThread(
      { path: this.#path, readOnly: this.#readOnly },
      this.#workerEntry,
      Database.SqliteError,
    )
    try {
      await thread.opened
    } catch (error) {
      await thread.terminate()
      throw error
    }
    this.#thread = thread
    if (!this.#readOnly && !isFilelessPath(this.#path)) {
      this.#processLock = new SqliteProcessLock(Database, processLockPath(this.#path))
    }
  }

  #call<M extends MirrorMethod>(
    method: M,
    args: Parameters<SqliteMirror[M]>,
  ): Promise<ReturnType<SqliteMirror[M]>> {
    if (this.#thread === undefined)
      return Promise.reject(new Error('@halo/sync: the SQLite store is not open (call open() first)'))
    return this.#thread.call(method, args)
  }

  async close(): Promise<void> {
    await this.#opening?.catch(() => undefined)
    const thread = this.#thread
    this.#thread = undefined
    this.#opening = undefined
    this.#processLock?.close()
    this.#processLock = undefined
    await thread?.close()
  }

  /**
   * One run per resource at a time within this process, and one process at a time on this mirror
   * (`SqliteProcessLock`): a second process waits until the first has ended its runs.
   */
  withResourceLock<T>(resource: string, work: () => Promise<T>, wait?: LockWaitOptions): Promise<T> {
    return this.#mutex.run(resource, () => {
      const lock = this.#processLock
      return lock === undefined ? work() : lock.run(work, wait)
    })
  }

  readState(resource: string): Promise<SyncState | undefined> {
    return this.#call('readState', [resource])
  }

  async writeState(state: SyncState): Promise<void> {
    await this.#call('writeState', [state])
  }

  /**
   * One transaction in the worker. Records cross as JSON texts, parsed by the worker for their
   * column values: a batch as Halo sent it (the engine's usual case, parsed nowhere else), or else
   * one text per record, stored as `_json` as it stands. For a full mirror's rows (20,000 tickets,
   * 48,000 actions; `bench/src/sync-worker-transfer.ts`) texts per record cost 350 ms here and 246 ms
   * in the worker, against 259 ms and 368 ms for a structured clone of the records.
   */
  apply(change: MirrorChange): Promise<{ readonly deleted: number }> {
    if (isJsonBatchChange(change)) {
      const { upsertJson, ...rest } = change
      return this.#call('applyJsonBatch', [rest, upsertJson.json])
    }
    const { upsert, ...rest } = change
    if (upsert === undefined) return this.#call('apply', [change])
    return this.#call('apply', [rest, upsert.map((record) => JSON.stringify(record))])
  }

  keys(table: MirrorTable): Promise<number[][]> {
    return this.#call('keys', [table])
  }

  query(sql: string, params: readonly unknown[] = []): Promise<Record<string, unknown>[]> {
    return this.#call('query', [sql, params])
  }
}
