// Record writes queued together in the SQLite worker commit in one transaction (write-group.ts):
// each keeps its own outcome (a failing batch is rolled back alone), replies keep the calls' order,
// reads and the mark end a group, and through the store every write lands whether grouped or not.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sqliteStore } from '../src/index.js'
import { SqliteMirror } from '../src/store/sqlite-mirror.js'
import type { MirrorCall } from '../src/store/sqlite-worker-protocol.js'
import type { SyncStore } from '../src/store/sync-store.js'
import { MOST_CALLS_PER_GROUP, runGroup, takeGroup } from '../src/store/write-group.js'

const table = { name: 'things', key: ['id'] }
const syncedAt = '2026-12-01T09:00:00.000Z'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'halo-sync-group-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const batch = (id: number, json = JSON.stringify([{ id, name: `thing ${id}` }])): MirrorCall =>
  ({ id, method: 'applyJsonBatch', args: [{ table, syncedAt }, json] }) as MirrorCall
const read = (id: number): MirrorCall =>
  ({ id, method: 'query', args: ['SELECT id FROM things ORDER BY id', []] }) as MirrorCall

/** A queue the worker's port would hold: `receive` takes the next call, as receiveMessageOnPort does. */
function queueOf(calls: MirrorCall[]) {
  const left = [...calls]
  return { receive: () => left.shift(), left }
}

describe('takeGroup', () => {
  it('takes the record writes queued behind one, up to a cap, and stops at the first other call', () => {
    const queue = queueOf([batch(2), batch(3), read(4), batch(5)])
    const group = takeGroup(batch(1), queue.receive)
    expect(group.calls.map((call) => call.id)).toEqual([1, 2, 3])
    expect(group.next?.id).toBe(4)
    expect(queue.left.map((call) => call.id)).toEqual([5])

    const many = queueOf(Array.from({ length: 40 }, (_, i) => batch(i + 2)))
    expect(takeGroup(batch(1), many.receive).calls).toHaveLength(MOST_CALLS_PER_GROUP)
    expect(many.left).toHaveLength(41 - MOST_CALLS_PER_GROUP)
  })

  it('takes nothing more behind a read or the mark, and nothing when nothing is queued', () => {
    const queue = queueOf([batch(2)])
    expect(takeGroup(read(1), queue.receive)).toEqual({ calls: [read(1)], next: undefined })
    const mark = { id: 1, method: 'writeState', args: [{ resource: 'things' }] } as MirrorCall
    expect(takeGroup(mark, queue.receive).calls).toEqual([mark])
    expect(queue.left).toHaveLength(1)
    expect(takeGroup(batch(1), queueOf([]).receive)).toEqual({ calls: [batch(1)], next: undefined })
  })
})

describe('runGroup', () => {
  it('commits a group in one transaction, a failing batch rolled back alone, replies in order', () => {
    const mirror = new SqliteMirror(Database, join(dir, 'halo.db'))
    try {
      const run = (call: MirrorCall) => mirror.applyJsonBatch(...(call as MirrorCall<'applyJsonBatch'>).args)
      // The second batch is cut short; the third adds a column in the same transaction.
      const calls = [
        batch(1),
        batch(2, '[{"id":2},{"id":'),
        batch(3, JSON.stringify([{ id: 3, name: 'thing 3', extra: 'new column' }])),
      ]
      const replies = runGroup(mirror, calls, run)
      expect(replies.map((reply) => reply.id)).toEqual([1, 2, 3])
      expect(replies[0]).toEqual({ id: 1, value: { deleted: 0 } })
      expect(replies[1]).toMatchObject({ id: 2, error: { name: 'TypeError' } })
      expect(replies[2]).toEqual({ id: 3, value: { deleted: 0 } })
      expect(mirror.isInTransaction).toBe(false)
      expect(mirror.query('SELECT id, name, extra FROM things ORDER BY id', [])).toEqual([
        { id: 1, name: 'thing 1', extra: null },
        { id: 3, name: 'thing 3', extra: 'new column' },
      ])
    } finally {
      mirror.close()
    }
  })

  it('rejects every call of a group whose transaction fails as a whole, and writes none of it', () => {
    const mirror = new SqliteMirror(Database, join(dir, 'halo.db'))
    try {
      const calls = [batch(1), batch(2)]
      const replies = runGroup(mirror, calls, (call) => {
        const [change, json] = (call as MirrorCall<'applyJsonBatch'>).args
        mirror.applyJsonBatch(change, json)
        // What SQLite does after a full disk or an I/O error: the whole transaction is rolled back.
        if (call.id === 2) {
          mirror.query('ROLLBACK', [])
          throw new Error('database or disk is full')
        }
        return { deleted: 0 }
      })
      expect(replies).toEqual([
        { id: 1, error: { name: 'Error', message: 'database or disk is full' } },
        { id: 2, error: { name: 'Error', message: 'database or disk is full' } },
      ])
      // Not even the table the group created.
      expect(mirror.query("SELECT count(*) AS n FROM sqlite_master WHERE name = 'things'", [])).toEqual([
        { n: 0 },
      ])
      // The mirror forgot what it knew of that table: the next write creates it again.
      mirror.applyJsonBatch({ table, syncedAt }, JSON.stringify([{ id: 5, name: 'thing 5' }]))
      expect(mirror.query('SELECT id, name FROM things', [])).toEqual([{ id: 5, name: 'thing 5' }])
    } finally {
      mirror.close()
    }
  })
})

describe('grouped writes through the SQLite store', () => {
  let store: SyncStore
  afterEach(async () => {
    await store.close()
  })

  it('answers writes queued behind a long call each with its own outcome, in order, every good one written', async () => {
    store = sqliteStore(join(dir, 'halo.db'))
    await store.open()
    const answered: string[] = []
    // A read that holds the worker while the writes queue up behind it.
    const busy = store
      .query(
        'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) SELECT count(*) AS c FROM n',
      )
      .then(() => answered.push('busy'))
    const writes = Array.from({ length: 30 }, (_, i) => {
      const json = i === 7 ? '[{"id":8},{"id":' : JSON.stringify([{ id: i + 1, name: `thing ${i + 1}` }])
      return store
        .apply({ table, upsertJson: { json, count: 1 }, syncedAt } as Parameters<SyncStore['apply']>[0])
        .then(
          () => answered.push(`write ${i + 1}`),
          (error: Error) => {
            expect(error.message).toMatch(/a batch of things records from Halo is not valid JSON/)
            answered.push(`write ${i + 1} failed`)
          },
        )
    })
    const rows = store.query('SELECT id FROM things ORDER BY id')
    await Promise.all([busy, ...writes])
    expect(answered).toEqual([
      'busy',
      ...Array.from({ length: 30 }, (_, i) => (i === 7 ? 'write 8 failed' : `write ${i + 1}`)),
    ])
    expect(await rows).toEqual(
      Array.from({ length: 30 }, (_, i) => ({ id: i + 1 })).filter((row) => row.id !== 8),
    )
  })
})
