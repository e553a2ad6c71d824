// One sync process at a time on a SQLite mirror. Runs started on a schedule overlap when one takes
// longer than the interval (a first full mirror of a large tenant takes many budget windows); two
// processes, each with its own rate limiter, would then read the same records twice and together
// spend more than the tenant's budget. The lock is SQLite's own exclusive lock on a small file beside
// the mirror (`<mirror>-sync.lock`), held by an open transaction: the operating system drops it when
// the process ends, killed or not, so it is never left stale. One store shares its lock among its
// own runs (the resources one sync call reads side by side); any other store on the same mirror, in
// this process or another, waits for it.
import type BetterSqlite3 from 'better-sqlite3'

/** How often a process waiting for the lock tries again. */
export const LOCK_POLL_MS = 250

/** The lock file of the mirror at `path`. */
export const processLockPath = (path: string) => `${path}-sync.lock`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class SqliteProcessLock {
  readonly #Database: typeof BetterSqlite3
  readonly #path: string
  readonly #pollMs: number
  /** Resource runs of this process inside the lock (or waiting for it). */
  #holders = 0
  #taking: Promise<void> | undefined
  /** Another process held the lock when this one last tried to take it. */
  #waiting = false
  /** Runs to tell once the lock turns out to be held elsewhere. */
  readonly #waitListeners = new Set<() => void>()
  /** The lock file's connection, opened on the first run and kept until `close()`. */
  #connection: BetterSqlite3.Database | undefined

  constructor(Database: typeof BetterSqlite3, path: string, pollMs: number = LOCK_POLL_MS) {
    this.#Database = Database
    this.#path = path
    this.#pollMs = pollMs
  }

  /**
   * Runs `work` holding the lock, waiting while another process holds it; `onWait` is called once
   * if it has to wait (at once when the lock is already being waited for).
   */
  async run<T>(work: () => Promise<T>, onWait?: () => void): Promise<T> {
    this.#holders++
    try {
      if (onWait !== undefined) this.#listenForWait(onWait)
      this.#taking ??= this.#take()
      await this.#taking
      return await work()
    } finally {
      if (onWait !== undefined) this.#waitListeners.delete(onWait)
      this.#holders--
      if (this.#holders === 0) this.#release()
    }
  }

  /** Lets the lock go and closes the lock file (a later run opens it again). */
  close(): void {
    this.#connection?.close()
    this.#connection = undefined
    this.#taking = undefined
  }

  /** Starts an exclusive transaction on the lock file, trying again while another process holds it. */
  async #take(): Promise<void> {
    this.#connection ??= this.#open()
    const db = this.#connection
    try {
      for (;;) {
        try {
          db.exec('BEGIN EXCLUSIVE')
          return
        } catch (error) {
          if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error
        }
        if (!this.#waiting) this.#startWaiting()
        await sleep(this.#pollMs)
      }
    } finally {
      this.#waiting = false
      this.#waitListeners.clear()
    }
  }

  /** Tells `onWait` if taking the lock waits: now if it already does, never if this process holds it. */
  #listenForWait(onWait: () => void): void {
    if (this.#waiting) onWait()
    else if (this.#connection?.inTransaction !== true) this.#waitListeners.add(onWait)
  }

  #startWaiting(): void {
    this.#waiting = true
    for (const listener of this.#waitListeners) listener()
    this.#waitListeners.clear()
  }

  #open(): BetterSqlite3.Database {
    const db = new this.#Database(this.#path)
    db.pragma('busy_timeout = 0')
    return db
  }

  /** Ending the transaction (it wrote nothing) ends the lock. */
  #release(): void {
    const taking = this.#taking
    this.#taking = undefined
    if (taking === undefined) return
    const db = this.#connection
    if (db?.inTransaction) db.exec('ROLLBACK')
  }
}
