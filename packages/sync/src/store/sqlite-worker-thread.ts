// One SQLite worker thread and the calls waiting for its answers. Calls are answered in the order
// sent (the worker runs them one at a time); a worker that fails to start or stops rejects every
// waiting and later call with an error naming the database file, so nothing waits forever.
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { SqliteMirror } from './sqlite-mirror.js'
import {
  type MirrorMethod,
  type MirrorReply,
  OPENED_ID,
  revivedError,
  type SqliteWorkerData,
} from './sqlite-worker-protocol.js'

interface Waiting {
  resolve(value: unknown): void
  reject(error: Error): void
}

/** `SqliteError` from better-sqlite3: what an SQLite failure is rebuilt as on this side. */
export type SqliteErrorClass = new (message: string, code: string) => Error

/**
 * Starts the worker from its entry file. The built package ships `sqlite-worker.js` and `.cjs`; from
 * the sources (this package's own tests) the entry is TypeScript, which the worker loads through tsx.
 */
function startWorker(entry: URL, workerData: SqliteWorkerData): Worker {
  // The built entry is plain JavaScript: the worker needs none of the flags the process was started
  // with (a loader such as tsx, registered by them, costs a worker about 100 ms to start).
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData, execArgv: [] })
  // tsx's ESM build of its register API (the CommonJS one cannot register from an eval'd worker).
  const api = createRequire(entry)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs')
  const tsx = pathToFileURL(api).href
  const load = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(load, { eval: true, workerData })
}

export class SqliteWorkerThread {
  /** Settles once the worker has opened the database (rejects with why it could not). */
  readonly opened: Promise<void>
  readonly #path: string
  readonly #worker: Worker
  readonly #SqliteError: SqliteErrorClass
  readonly #waiting = new Map<number, Waiting>()
  #nextId = OPENED_ID + 1
  #started = false
  /** Why the worker stopped; every later call is rejected with it. */
  #stopped: Error | undefined
  /** The worker's own uncaught error, if it had one before it exited. */
  #crash: Error | undefined

  constructor(workerData: SqliteWorkerData, entry: URL, SqliteError: SqliteErrorClass) {
    this.#path = workerData.path
    this.#SqliteError = SqliteError
    this.opened = new Promise<unknown>((resolve, reject) => {
      this.#waiting.set(OPENED_ID, { resolve, reject })
    }).then(() => {
      this.#started = true
    })
    this.#worker = startWorker(entry, workerData)
    this.#worker.on('message', (reply: MirrorReply) => this.#answer(reply))
    this.#worker.on('error', (error: Error) => {
      this.#crash ??= error
    })
    this.#worker.on('messageerror', (error: Error) => {
      this.#crash ??= error
      void this.#worker.terminate()
    })
    this.#worker.on('exit', (code: number) => this.#exited(code))
  }

  call<M extends MirrorMethod>(
    method: M,
    args: Parameters<SqliteMirror[M]>,
  ): Promise<ReturnType<SqliteMirror[M]>> {
    if (this.#stopped !== undefined) return Promise.reject(this.#stopped)
    const id = this.#nextId++
    return new Promise((resolve, reject) => {
      this.#worker.postMessage({ id, method, args })
      // Referenced only while a call waits: an idle open store never keeps the process alive.
      if (this.#waiting.size === 0) this.#worker.ref()
      this.#waiting.set(id, { resolve: resolve as (value: unknown) => void, reject })
    })
  }

  /** Closes the database (after every call sent before) and ends the thread. */
  async close(): Promise<void> {
    try {
      if (this.#stopped === undefined) await this.call('close', [])
    } finally {
      await this.#worker.terminate()
    }
  }

  /** Ends the thread at once (the database was never opened). */
  async terminate(): Promise<void> {
    await this.#worker.terminate()
  }

  #answer(reply: MirrorReply): void {
    const waiting = this.#waiting.get(reply.id)
    if (waiting === undefined) return
    this.#waiting.delete(reply.id)
    if (this.#waiting.size === 0) this.#worker.unref()
    if ('error' in reply) waiting.reject(revivedError(reply.error, this.#SqliteError))
    else waiting.resolve(reply.value)
  }

  #exited(code: number): void {
    const cause = this.#crash === undefined ? '' : `: ${this.#crash.message}`
    this.#stopped = this.#started
      ? new Error(
          `@halo/sync: the SQLite worker thread for "${this.#path}" stopped (exit code ${code})${cause}; nothing it had not committed was written (rerun the sync to resume); check that the process has memory to spare and that "${this.#path}" is on a healthy, writable disk`,
          { cause: this.#crash },
        )
      : new Error(
          `@halo/sync: the SQLite worker thread for "${this.#path}" could not start (exit code ${code})${cause}; check that @halo/sync is installed whole (its dist/sqlite-worker.js and .cjs files), is not bundled into another file, and that better-sqlite3 loads on this Node version`,
          { cause: this.#crash },
        )
    for (const waiting of this.#waiting.values()) waiting.reject(this.#stopped)
    this.#waiting.clear()
  }
}
