// The SQLite store writes a batch several rows per INSERT: every row must land as if written one by
// one, whatever the batch size (a remainder past the rows one statement carries), with repeated keys
// in one batch (the last record wins), booleans as 1/0, values of the wrong type as NULL, and a
// column added between batches.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type SyncStore, sqliteStore } from '../src/index.js'
import { type JsonBatchChange, takesJsonBatches } from '../src/store/json-batches.js'
import { sliceSizes } from '../src/store/sqlite-upsert.js'

const table = { name: 'things', key: ['id'] }
const syncedAt = '2026-12-01T09:00:00.000Z'

let dir: string
let store: SyncStore
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'halo-sync-batch-'))
  store = sqliteStore(join(dir, 'halo.db'))
  await store.open()
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const thing = (id: number, round: number) => ({
  id,
  name: `thing ${id} round ${round}`,
  score: id % 7 === 0 ? 'not a number' : id / 4,
  open: id % 2 === 0,
  tags: ['a', id],
})

describe('SQLite batch writes', () => {
  it('writes 1, 50, 99, 100, 101 and 257 rows exactly as given, the last of a repeated key winning', async () => {
    let next = 1
    for (const size of [1, 50, 99, 100, 101, 257]) {
      const batch = Array.from({ length: size }, () => thing(next++, 1))
      await store.apply({ table, upsert: batch, syncedAt })
    }
    const total = next - 1
    // One batch repeats keys: rewritten rows and, twice over, id 5 (its later record wins).
    await store.apply({
      table,
      upsert: [thing(5, 2), thing(6, 2), { ...thing(5, 3), name: 'five, last' }],
      syncedAt,
    })

    const rows = await store.query('SELECT id, name, score, open, _json FROM things ORDER BY id')
    expect(rows).toHaveLength(total)
    for (const row of rows) {
      const id = row.id as number
      const round = id === 6 ? 2 : id === 5 ? 3 : 1
      const expected = id === 5 ? { ...thing(5, 3), name: 'five, last' } : thing(id, round)
      expect(row).toEqual({
        id,
        name: expected.name,
        score: typeof expected.score === 'number' ? expected.score : null,
        open: expected.open ? 1 : 0,
        _json: JSON.stringify(expected),
      })
    }
  })

  it('a field that appears in a later batch gets a column, earlier rows keep theirs', async () => {
    await store.apply({ table, upsert: Array.from({ length: 150 }, (_, i) => thing(i + 1, 1)), syncedAt })
    await store.apply({
      table,
      upsert: Array.from({ length: 150 }, (_, i) => ({ ...thing(i + 151, 1), region: `r${i}` })),
      syncedAt,
    })
    expect(await store.query('SELECT count(*) AS n FROM things WHERE region IS NULL')).toEqual([{ n: 150 }])
    expect(await store.query('SELECT region FROM things WHERE id = 300')).toEqual([{ region: 'r149' }])
    expect(await store.query('SELECT name FROM things WHERE id = 1')).toEqual([{ name: 'thing 1 round 1' }])
  })
})

describe('the slices a batch is written in', () => {
  it('cover every row once, in slices of the most rows per INSERT, then powers of two, largest first', () => {
    expect(sliceSizes(0, 100)).toEqual([])
    expect(sliceSizes(1, 100)).toEqual([1])
    expect(sliceSizes(50, 100)).toEqual([32, 16, 2])
    expect(sliceSizes(257, 100)).toEqual([100, 100, 32, 16, 8, 1])
    expect(sliceSizes(7, 3)).toEqual([3, 3, 1])
  })

  it('need at most one statement per power of two below the most rows, and one for the most', () => {
    const sizes = new Set<number>()
    for (let count = 0; count <= 1_000; count++) {
      const slices = sliceSizes(count, 100)
      expect(slices.reduce((sum, size) => sum + size, 0)).toBe(count)
      for (const size of slices) sizes.add(size)
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([1, 2, 4, 8, 16, 32, 64, 100])
  })
})

describe('SQLite batches given as the JSON text Halo sent', () => {
  const asText = (records: readonly unknown[]): JsonBatchChange => ({
    table,
    upsertJson: { json: JSON.stringify(records), count: records.length },
    syncedAt,
  })

  it('writes the same rows as the parsed records, the text parsed in the worker', async () => {
    expect(takesJsonBatches(store)).toBe(true)
    const records = Array.from({ length: 150 }, (_, i) => thing(i + 1, 2))
    await store.apply(asText(records))
    const other = sqliteStore(join(dir, 'parsed.db'))
    await other.open()
    try {
      await other.apply({ table, upsert: records, syncedAt })
      const select = 'SELECT * FROM things ORDER BY id'
      expect(await store.query(select)).toEqual(await other.query(select))
      const [row] = await store.query('SELECT _json FROM things WHERE id = 7')
      expect(JSON.parse(String(row?._json))).toEqual(thing(7, 2))
    } finally {
      await other.close()
    }
  })

  it("keeps each record's text as Halo sent it as `_json`, a repeated key's last one winning", async () => {
    // Spacing and escapes JSON.stringify would not write: the stored text is Halo's own.
    const json =
      '[ {"id": 1, "name": "caf\\u00e9 \\"one\\""} ,\n{"id":2,"tags":[ "a" ]},{"id": 1, "name": "again"} ]'
    await store.apply({ table, upsertJson: { json, count: 3 }, syncedAt } as JsonBatchChange)
    expect(await store.query('SELECT id, name, _json FROM things ORDER BY id')).toEqual([
      { id: 1, name: 'again', _json: '{"id": 1, "name": "again"}' },
      { id: 2, name: null, _json: '{"id":2,"tags":[ "a" ]}' },
    ])
    await store.apply({
      table,
      upsertJson: { json: '[{"id": 1, "name": "caf\\u00e9"}]', count: 1 },
      syncedAt,
    } as JsonBatchChange)
    const [row] = await store.query('SELECT name, _json FROM things WHERE id = 1')
    expect(row).toEqual({ name: 'café', _json: '{"id": 1, "name": "caf\\u00e9"}' })
  })

  it('rejects a text that is not JSON, naming the table, and writes nothing of it', async () => {
    await expect(
      store.apply({ table, upsertJson: { json: '[{"id":1},{"id":', count: 2 }, syncedAt } as JsonBatchChange),
    ).rejects.toThrow(/a batch of things records from Halo is not valid JSON/)
    await store.apply(asText([thing(1, 3)]))
    expect(await store.query('SELECT id FROM things')).toEqual([{ id: 1 }])
  })
})
