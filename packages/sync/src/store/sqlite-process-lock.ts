// One sync process at a time on a SQLite mirror. Runs started on a schedule overlap when one takes
// longer than the interval (a first full mirror of a large tenant takes many budget windows); two
// processes, each with its own rate limiter, would then read the same records twice and together
// spend more than the tenant's budget. The lock is SQLite's own exclusive lock on a small file beside
// the mirror (`<mirror>-sync.lock`), held by an open transaction: the operating system drops it when
// the process ends, killed or not, so it is never left stale. One store shares its lock among its
// own runs (the resources one sync call reads side by side); any other store on the same mirror, in
// this process or another, waits for it.
import type BetterSqlite3 from 'better-sqlite3'
import { LOCK_POLL_MS, type LockWaitOptions, takeLock } from './lock-wait.js'

/** The lock file of the mirror at `path`. */
export const processLockPath = (path: string) => `${path}-sync.lock`

export class SqliteProcessLock {
  readonly #Database: typeof BetterSqlite3
  readonly #path: string
  readonly #pollMs: number
  /** Runs of this store inside the lock or waiting for it: the last one out lets it go. */
  #holders = 0
  /** The lock file's connection, opened on the first run and kept until `close()`. */
  #connection: BetterSqlite3.Database | undefined

  constructor(Database: typeof BetterSqlite3, path: string, pollMs: number = LOCK_POLL_MS) {
    this.#Database = Database
    this.#path = path
    this.#pollMs = pollMs
  }

  /**
   * Runs `work` holding the lock, waiting while another process holds it (see `takeLock`: told
   * once through `onWait`, given up with `signal`).
   */
  async run<T>(work: () => Promise<T>, wait: LockWaitOptions = {}): Promise<T> {
    this.#holders++
    try {
      await takeLock(() => this.#tryTake(), wait, this.#pollMs)
      return await work()
    } finally {
      this.#holders--
      if (this.#holders === 0) this.#release()
    }
  }

  /** Lets the lock go and closes the lock file (a later run opens it again). */
  close(): void {
    this.#connection?.close()
    this.#connection = undefined
  }

  /** Whether this store holds the lock now: it did already, or its exclusive transaction began. */
  #tryTake(): boolean {
    this.#connection ??= this.#open()
    const db = this.#connection
    if (db.inTransaction) return true
    try {
      db.exec('BEGIN EXCLUSIVE')
      return true
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error
      return false
    }
  }

  #open(): BetterSqlite3.Database {
    const db = new this.#Database(this.#path)
    db.pragma('busy_timeout = 0')
    return db
  }

  /** Ending the transaction (it wrote nothing) ends the lock. */
  #release(): void {
    const db = this.#connection
    if (db?.inTransaction) db.exec('ROLLBACK')
  }
}
