// A full read ends by deleting the rows it did not write (`_synced_at` before the read began). Each
// store keeps an index on `_synced_at` so that delete reads only what it removes: created with the
// table, and added to a table a mirror made before the index existed, its rows kept.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { postgresStore, type SyncStore, sqliteStore } from '../src/index.js'
import { freshDatabase, serversAvailable } from './support/servers.js'

const table = { name: 'tickets', key: ['id'] }
const before = '2026-12-01T09:00:00.000Z'
const after = '2026-12-01T10:00:00.000Z'
const ticket = (id: number) => ({ id, summary: `ticket ${id}` })

/** Writes tickets 1–3 at `before`, 2–3 again at `after`, then deletes what `after` did not write. */
async function fullReadThatMissesTicketOne(store: SyncStore): Promise<number> {
  await store.apply({ table, upsert: [1, 2, 3].map(ticket), syncedAt: before })
  await store.apply({ table, upsert: [2, 3].map(ticket), syncedAt: after })
  const { deleted } = await store.apply({ table, deleteSyncedBefore: after, syncedAt: after })
  return deleted
}

const ids = async (store: SyncStore) =>
  (await store.query('SELECT id FROM tickets ORDER BY id')).map((row) => Number(row.id))

describe('the SQLite store indexes _synced_at', () => {
  let dir: string
  let store: SyncStore | undefined
  afterEach(async () => {
    await store?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const open = async (path: string) => {
    store = sqliteStore(path)
    await store.open()
    return store
  }

  it('deletes the rows a full read did not write through the index, not a scan of the table', async () => {
    dir = mkdtempSync(join(tmpdir(), 'halo-sync-index-'))
    const mirror = await open(join(dir, 'halo.db'))
    expect(await fullReadThatMissesTicketOne(mirror)).toBe(1)
    expect(await ids(mirror)).toEqual([2, 3])
    const plan = await mirror.query('EXPLAIN QUERY PLAN DELETE FROM tickets WHERE _synced_at < ?', [after])
    expect(plan.map((step) => String(step.detail))).toEqual([
      expect.stringMatching(/USING (COVERING )?INDEX tickets__synced_at \(_synced_at<\?\)/),
    ])
  })

  it('adds the index to a mirror table made without it, keeping its rows', async () => {
    dir = mkdtempSync(join(tmpdir(), 'halo-sync-index-'))
    const path = join(dir, 'halo.db')
    const older = new BetterSqlite3(path)
    older.exec(
      'CREATE TABLE "tickets" ("id" INTEGER NOT NULL, "_json" TEXT NOT NULL, "_synced_at" TEXT NOT NULL, PRIMARY KEY ("id"))',
    )
    older.prepare('INSERT INTO tickets VALUES (?, ?, ?)').run(7, JSON.stringify(ticket(7)), before)
    older.close()

    const mirror = await open(path)
    await mirror.apply({ table, upsert: [ticket(8)], syncedAt: after })
    expect(await ids(mirror)).toEqual([7, 8])
    const indexes = await mirror.query("SELECT name FROM pragma_index_list('tickets')")
    expect(indexes.map((row) => row.name)).toContain('tickets__synced_at')
  })
})

describe.skipIf(!serversAvailable)('the Postgres store indexes _synced_at', () => {
  let url: string
  let store: SyncStore
  beforeAll(async () => {
    url = await freshDatabase()
    store = postgresStore(url)
    await store.open()
  })
  afterAll(() => store.close())

  it('creates the index with the table and deletes through it', async () => {
    expect(await fullReadThatMissesTicketOne(store)).toBe(1)
    expect(await ids(store)).toEqual([2, 3])
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rows } = await client.query(
        "SELECT indexdef FROM pg_indexes WHERE tablename = 'tickets' AND indexname = 'tickets__synced_at'",
      )
      expect(rows.map((row: { indexdef: string }) => row.indexdef)).toEqual([
        expect.stringContaining('(_synced_at)'),
      ])
    } finally {
      await client.end()
    }
  })
})
