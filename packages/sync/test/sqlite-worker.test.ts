// The SQLite store's connection lives in a worker thread: its errors reach the caller as the same
// errors an in-thread better-sqlite3 connection throws, calls are answered in the order made, a
// worker that stops or cannot start rejects every waiting and later call (never a hang), and
// close() ends the thread.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sqliteStore } from '../src/index.js'
import { SqliteSyncStore, sqliteWorkerEntry } from '../src/store/sqlite-store.js'
import type { SyncStore } from '../src/store/sync-store.js'

const table = { name: 'things', key: ['id'] }
const syncedAt = '2026-12-01T09:00:00.000Z'

let dir: string
let stores: SyncStore[]
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'halo-sync-worker-'))
  stores = []
})
afterEach(async () => {
  for (const store of stores) await store.close()
  rmSync(dir, { recursive: true, force: true })
})

function track<T extends SyncStore>(store: T): T {
  stores.push(store)
  return store
}

/** What a call's failure looks like, to compare with what a connection in this thread throws. */
async function failureOf(call: () => unknown): Promise<Record<string, unknown>> {
  try {
    await call()
  } catch (error) {
    const e = error as Error & { code?: string }
    return {
      sqliteError: e instanceof Database.SqliteError,
      type: e.constructor.name,
      name: e.name,
      message: e.message,
      code: e.code,
    }
  }
  throw new Error('expected the call to fail')
}

const workerCount = () => (process.report.getReport() as { workers: unknown[] }).workers.length

describe('the SQLite store in a worker thread', () => {
  it('rejects with the same error type, message and code as an in-thread connection', async () => {
    const store = track(sqliteStore(join(dir, 'halo.db')))
    await store.open()
    await store.apply({ table, upsert: [{ id: 1, name: 'one' }], syncedAt })
    const direct = new Database(join(dir, 'halo.db'))
    try {
      const cases: [string, unknown[]][] = [
        ['SELEC id FROM things', []],
        ['SELECT id FROM no_such_table', []],
        ['SELECT id FROM things WHERE id = ?', []],
        ['INSERT INTO things (id, _synced_at) VALUES (2, ?)', [syncedAt]],
      ]
      for (const [sql, params] of cases) {
        const inThread = await failureOf(() => {
          const statement = direct.prepare(sql)
          return statement.reader ? statement.all(params) : statement.run(params)
        })
        expect(await failureOf(() => store.query(sql, params))).toEqual(inThread)
      }
      expect(await failureOf(() => store.query('SELEC 1'))).toMatchObject({
        sqliteError: true,
        code: 'SQLITE_ERROR',
        message: 'near "SELEC": syntax error',
      })
    } finally {
      direct.close()
    }
  })

  it('a failed apply leaves nothing of itself, and the next apply creates the table again', async () => {
    const store = track(sqliteStore(join(dir, 'halo.db')))
    await store.open()
    // Keyed by two columns (as actions are); the third record has no ticket_id: NOT NULL fails
    // inside the transaction, after the table was created and two rows went in.
    const pairs = { name: 'pairs', key: ['ticket_id', 'id'] }
    const failure = await failureOf(() =>
      store.apply({
        table: pairs,
        upsert: [{ ticket_id: 1, id: 1 }, { ticket_id: 1, id: 2 }, { id: 3 }],
        syncedAt,
      }),
    )
    expect(failure).toMatchObject({ sqliteError: true, code: 'SQLITE_CONSTRAINT_NOTNULL' })
    // Nothing of it is left, not even the table it created.
    expect(await store.keys(pairs)).toEqual([])
    await store.apply({ table: pairs, upsert: [{ ticket_id: 2, id: 3 }], syncedAt })
    expect(await store.keys(pairs)).toEqual([[2, 3]])
  })

  it('answers calls in the order made, so a read sees every write sent before it', async () => {
    const store = track(sqliteStore(':memory:'))
    await store.open()
    const answered: string[] = []
    const writes = Array.from({ length: 20 }, (_, i) =>
      store
        .apply({ table, upsert: [{ id: i + 1, round: i }], syncedAt })
        .then(() => answered.push(`write ${i}`)),
    )
    const read = store.query('SELECT count(*) AS n FROM things').then((rows) => {
      answered.push('read')
      return rows
    })
    await Promise.all(writes)
    expect(await read).toEqual([{ n: 20 }])
    expect(answered).toEqual([...Array.from({ length: 20 }, (_, i) => `write ${i}`), 'read'])
    await store.writeState({
      resource: 'things',
      highWaterMark: syncedAt,
      lastFullSyncAt: syncedAt,
      lastReconciledAt: undefined,
    })
    expect(await store.readState('things')).toEqual({
      resource: 'things',
      highWaterMark: syncedAt,
      lastFullSyncAt: syncedAt,
      lastReconciledAt: undefined,
    })
  })

  it('a worker that stops rejects every waiting and later call with an error naming the file', async () => {
    const path = join(dir, 'halo.db')
    const store = track(
      new SqliteSyncStore(path, new URL('./support/stopping-sqlite-worker.ts', import.meta.url)),
    )
    await store.open()
    const waiting = [
      store.apply({ table, upsert: [{ id: 1 }], syncedAt }),
      store.query('SELECT 1'),
      store.keys(table),
    ]
    for (const call of waiting) {
      await expect(call).rejects.toThrow(`the SQLite worker thread for "${path}" stopped (exit code 3)`)
    }
    await expect(store.readState('things')).rejects.toThrow('rerun the sync to resume')
    await store.close()
    await expect(store.query('SELECT 1')).rejects.toThrow('the SQLite store is not open')
  })

  it('a worker that cannot start rejects open() with what to check', async () => {
    const path = join(dir, 'halo.db')
    const store = track(new SqliteSyncStore(path, new URL('./support/no-such-worker.js', import.meta.url)))
    const opening = store.open()
    await expect(opening).rejects.toThrow(`the SQLite worker thread for "${path}" could not start`)
    await expect(opening).rejects.toThrow('installed whole')
    await expect(store.query('SELECT 1')).rejects.toThrow('the SQLite store is not open')
  })

  it('a database that cannot be opened rejects open() as an in-thread connection would', async () => {
    // A folder where the file should be: SQLite cannot open it (a missing folder is refused before).
    const path = join(dir, 'a-folder.db')
    mkdirSync(path)
    const store = track(sqliteStore(path))
    const inThread = await failureOf(() => new Database(path))
    expect(await failureOf(() => store.open())).toEqual(inThread)
  })

  it('close() ends the worker thread', async () => {
    const before = workerCount()
    const store = track(new SqliteSyncStore(join(dir, 'halo.db'), sqliteWorkerEntry()))
    await store.open()
    expect(workerCount()).toBe(before + 1)
    await store.apply({ table, upsert: [{ id: 1 }], syncedAt })
    await store.close()
    expect(workerCount()).toBe(before)
    // Closed cleanly: the file opens again with the row in it.
    await store.open()
    expect(await store.keys(table)).toEqual([[1]])
  })

  it('creates a new file with 8 KiB pages in WAL mode, and leaves an existing file its page size', async () => {
    const fresh = track(sqliteStore(join(dir, 'fresh.db')))
    await fresh.open()
    expect(await fresh.query('PRAGMA page_size')).toEqual([{ page_size: 8192 }])
    expect(await fresh.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }])

    const olderPath = join(dir, 'older.db')
    const older = new Database(olderPath)
    older.exec('CREATE TABLE kept (id INTEGER PRIMARY KEY)')
    const olderPageSize = older.pragma('page_size', { simple: true })
    older.close()
    expect(olderPageSize).not.toBe(8192)
    const reopened = track(sqliteStore(olderPath))
    await reopened.open()
    expect(await reopened.query('PRAGMA page_size')).toEqual([{ page_size: olderPageSize }])
  })
})
