// The messages between the SQLite store and its worker thread. Each call carries an id; the worker
// runs calls one at a time in arrival order and answers each with the same id. The first answer
// (id 0) says whether the database opened.
import type { SqliteMirror } from './sqlite-mirror.js'

/** What the worker is started with (`workerData`). */
export interface SqliteWorkerData {
  readonly path: string
  /** Open an existing file only, and refuse every change. */
  readonly readOnly: boolean
}

/** The mirror's methods the store calls through the worker. */
export type MirrorMethod =
  | 'readState'
  | 'writeState'
  | 'apply'
  | 'applyJsonBatch'
  | 'keys'
  | 'query'
  | 'close'

export interface MirrorCall<M extends MirrorMethod = MirrorMethod> {
  readonly id: number
  readonly method: M
  readonly args: Parameters<SqliteMirror[M]>
}

/** The id of the answer that says the database opened (or why it did not). */
export const OPENED_ID = 0

/** An error as it crosses the thread boundary: what the caller needs to rebuild it. */
export interface SentError {
  readonly name: string
  readonly message: string
  readonly code?: string
}

export type MirrorReply =
  | { readonly id: number; readonly value: unknown }
  | { readonly id: number; readonly error: SentError }

export function sendableError(error: unknown): SentError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  const code = (error as { code?: unknown }).code
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) }
}

/**
 * The error the caller gets for one the worker sent: better-sqlite3's `SqliteError` (same class,
 * message and `code` as an in-thread connection throws), a TypeError or RangeError (bad bind
 * parameters), or an Error with the same message.
 */
export function revivedError(
  sent: SentError,
  SqliteError: new (message: string, code: string) => Error,
): Error {
  if (sent.name === 'SqliteError' && sent.code !== undefined) return new SqliteError(sent.message, sent.code)
  const Type = sent.name === 'TypeError' ? TypeError : sent.name === 'RangeError' ? RangeError : Error
  const error = new Type(sent.message)
  if (sent.code !== undefined) Object.assign(error, { code: sent.code })
  return error
}
