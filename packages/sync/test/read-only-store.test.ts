// A store opened read-only (what `halo sync query` opens) reads the mirror as it is and changes
// nothing: a statement that writes fails, so a mirror can never lose rows its marks say it has. And a
// Postgres store that cannot connect says which server and what to check.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { postgresStore, type SyncStore, sqliteStore, storeFromUrl } from '../src/index.js'
import { freshDatabase, serversAvailable } from './support/servers.js'

const TICKETS = { name: 'tickets', key: ['id'] }
const MARK = {
  resource: 'tickets',
  highWaterMark: '2026-12-01T08:55:00.000Z',
  lastFullSyncAt: '2026-12-01T09:00:00.000Z',
  lastReconciledAt: undefined,
}
const ROWS = [
  { id: 1, summary: 'Printer jammed' },
  { id: 2, summary: 'VPN drops' },
]

/** Writes two tickets and a mark through an ordinary store, then closes it. */
async function writeMirror(store: SyncStore): Promise<void> {
  try {
    await store.open()
    await store.apply({ table: TICKETS, upsert: ROWS, syncedAt: '2026-12-01T09:00:00.000Z' })
    await store.writeState(MARK)
  } finally {
    await store.close()
  }
}

/** Reading works; every kind of change is refused; the rows and the mark are still there after. */
async function expectReadsOnly(reader: SyncStore, refused: RegExp): Promise<void> {
  await reader.open()
  expect(await reader.query('SELECT id, summary FROM tickets ORDER BY id')).toEqual(ROWS)
  expect((await reader.readState('tickets'))?.highWaterMark).toBe('2026-12-01T08:55:00.000Z')
  for (const sql of [
    'DELETE FROM tickets',
    "UPDATE tickets SET summary = 'gone'",
    'DROP TABLE tickets',
    'CREATE TABLE scratch (id integer)',
  ]) {
    await expect(reader.query(sql), sql).rejects.toThrow(refused)
  }
  await expect(
    reader.apply({
      table: TICKETS,
      upsert: [{ id: 3, summary: 'New' }],
      syncedAt: '2026-12-01T10:00:00.000Z',
    }),
  ).rejects.toThrow(refused)
  await expect(reader.writeState({ ...MARK, highWaterMark: '2026-12-02T00:00:00.000Z' })).rejects.toThrow(
    refused,
  )
  expect(await reader.query('SELECT id, summary FROM tickets ORDER BY id')).toEqual(ROWS)
  expect((await reader.readState('tickets'))?.highWaterMark).toBe('2026-12-01T08:55:00.000Z')
}

describe('sqliteStore(path, { readOnly: true })', () => {
  let dir: string
  let reader: SyncStore | undefined
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'halo-sync-read-only-'))
  })
  afterEach(async () => {
    await reader?.close()
    reader = undefined
    rmSync(dir, { recursive: true, force: true })
  })

  it('reads the mirror and refuses every change', async () => {
    const path = join(dir, 'halo.db')
    await writeMirror(sqliteStore(path))
    reader = sqliteStore(path, { readOnly: true })
    await expectReadsOnly(reader, /readonly database/)
  })

  it('reads while a sync holds the mirror open for writing', async () => {
    const path = join(dir, 'halo.db')
    const writer = sqliteStore(path)
    try {
      await writeMirror(sqliteStore(path))
      await writer.open()
      await writer.apply({
        table: TICKETS,
        upsert: [{ id: 3, summary: 'New' }],
        syncedAt: '2026-12-01T10:00:00.000Z',
      })
      reader = sqliteStore(path, { readOnly: true })
      await reader.open()
      expect(await reader.query('SELECT count(*) AS n FROM tickets')).toEqual([{ n: 3 }])
    } finally {
      await writer.close()
    }
  })

  it('answers no mark from a file no sync has written, and creates nothing in it', async () => {
    const path = join(dir, 'other.db')
    const other = sqliteStore(path)
    try {
      await other.open()
      await other.query('DROP TABLE halo_sync_state')
    } finally {
      await other.close()
    }
    reader = sqliteStore(path, { readOnly: true })
    await reader.open()
    expect(await reader.readState('tickets')).toBeUndefined()
    expect(await reader.query("SELECT name FROM sqlite_master WHERE type = 'table'")).toEqual([])
  })

  it('fails to open a file that does not exist, saying so, and creates nothing', async () => {
    const path = join(dir, 'typo.db')
    reader = storeFromUrl(`sqlite:${path}`, { readOnly: true })
    await expect(reader.open()).rejects.toThrow(/there is no SQLite mirror at ".*typo\.db"/)
    expect(existsSync(path)).toBe(false)
    expect(readdirSync(dir)).toEqual([])
  })
})

describe.skipIf(!serversAvailable)('postgresStore(url, { readOnly: true })', () => {
  it('reads the mirror and refuses every change', async () => {
    const url = await freshDatabase()
    await writeMirror(postgresStore(url))
    const reader = storeFromUrl(url, { readOnly: true })
    try {
      await expectReadsOnly(reader, /read-only transaction/)
    } finally {
      await reader.close()
    }
  })

  it('opens a database without a mirror and creates nothing in it', async () => {
    const url = await freshDatabase()
    const reader = postgresStore(url, { readOnly: true })
    try {
      await reader.open()
      // No mark yet, and reading it creates no state table.
      expect(await reader.readState('tickets')).toBeUndefined()
      expect(
        await reader.query(
          "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
        ),
      ).toEqual([{ n: 0 }])
    } finally {
      await reader.close()
    }
  })
})

describe('postgresStore on a server it cannot reach', () => {
  it("says which server and what to check, never the password, and keeps the driver's code", async () => {
    const store = postgresStore('postgres://sync:s3cret-pass@127.0.0.1:1/halo')
    const failure = await store.open().then(
      () => undefined,
      (error: unknown) => error as Error & { code?: string },
    )
    await store.close()
    expect(failure?.message).toContain('could not open the Postgres mirror at 127.0.0.1:1/halo')
    expect(failure?.message).toContain('check the URL')
    expect(failure?.message).not.toContain('s3cret-pass')
    expect(failure?.code).toBe('ECONNREFUSED')
  })
})
