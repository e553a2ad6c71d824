// The SQLite writer thread leaves checkpoints of its write-ahead log to a checkpointer thread, which
// copies the log into the database file while writes go on, so no commit waits for a checkpoint and
// its fsyncs. Without that thread (it cannot start, or stops), the writer checkpoints itself once
// quiet, as before, and SQLite's own checkpoint bounds the log again.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CheckpointPacer } from '../src/store/checkpoint-pacer.js'
import { SqliteSyncStore, sqliteWorkerEntry } from '../src/store/sqlite-store.js'
import type { SyncStore } from '../src/store/sync-store.js'

describe('CheckpointPacer', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('asks after a write, one checkpoint at a time, at most one per interval while writes go on', () => {
    vi.useFakeTimers()
    const ask = vi.fn()
    const pacer = new CheckpointPacer(ask, 100, () => Date.now())
    pacer.wrote()
    expect(ask).toHaveBeenCalledTimes(1)
    // Writes while it runs are owed one checkpoint after it, not one each.
    pacer.wrote()
    pacer.wrote()
    vi.advanceTimersByTime(150)
    expect(ask).toHaveBeenCalledTimes(1)
    pacer.answered()
    expect(ask).toHaveBeenCalledTimes(2)

    // Answered at once: the next write waits out the interval from the last ask.
    pacer.answered()
    vi.advanceTimersByTime(10)
    pacer.wrote()
    expect(ask).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(89)
    expect(ask).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(1)
    expect(ask).toHaveBeenCalledTimes(3)
  })

  it('asks nothing without a write, nor once stopped', () => {
    vi.useFakeTimers()
    const ask = vi.fn()
    const pacer = new CheckpointPacer(ask, 100, () => Date.now())
    pacer.answered()
    vi.advanceTimersByTime(1_000)
    expect(ask).not.toHaveBeenCalled()
    pacer.wrote()
    pacer.answered()
    pacer.wrote()
    pacer.stop()
    vi.advanceTimersByTime(1_000)
    expect(ask).toHaveBeenCalledTimes(1)
  })
})

const table = { name: 'things', key: ['id'] }
const syncedAt = '2026-12-01T09:00:00.000Z'
/** About 2 MB of rows: well under the 1,000 pages (8 MB) at which SQLite would checkpoint by itself. */
const rows = Array.from({ length: 2_000 }, (_, i) => ({ id: i + 1, text: `row ${i} `.repeat(100) }))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the SQLite store and its checkpointer thread', () => {
  let dir: string
  let path: string
  let store: SyncStore | undefined
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'halo-sync-checkpointer-'))
    path = join(dir, 'halo.db')
  })
  afterEach(async () => {
    await store?.close()
    store = undefined
    rmSync(dir, { recursive: true, force: true })
  })

  const open = async (checkpointerEntry?: URL) => {
    store = new SqliteSyncStore(path, sqliteWorkerEntry(), checkpointerEntry)
    await store.open()
    return store
  }

  /**
   * Whether the rows reach the database file while `whileWaiting` runs every 50 ms (a read, which
   * puts off a checkpoint the writer would run once quiet), within `limitMs`.
   */
  const copiedWithin = async (limitMs: number, whileWaiting: () => Promise<unknown>) => {
    for (const deadline = Date.now() + limitMs; Date.now() < deadline; ) {
      if (statSync(path).size > 1_500_000) return true
      await whileWaiting()
      await sleep(50)
    }
    return statSync(path).size > 1_500_000
  }

  const autoCheckpoint = async (mirror: SyncStore) =>
    (await mirror.query('PRAGMA wal_autocheckpoint'))[0]?.wal_autocheckpoint

  it('copies the log into the database while calls keep coming, then closes before the writer', async () => {
    const mirror = await open()
    await mirror.apply({ table, upsert: rows, syncedAt })
    // Reads every 50 ms: the writer alone would never be quiet long enough to checkpoint.
    expect(await copiedWithin(10_000, () => mirror.query('SELECT count(*) FROM things'))).toBe(true)
    // The writer leaves its own automatic checkpoint as a far bound once the checkpointer is up.
    expect(await autoCheckpoint(mirror)).toBe(10_000)
    await mirror.close()
    store = undefined
    // The writer's connection closed last: it checkpointed the log and removed it.
    expect(existsSync(`${path}-wal`)).toBe(false)
  })

  it('checkpoints in the writer, once quiet, when the checkpointer cannot start', async () => {
    const mirror = await open(new URL('./support/no-such-checkpointer.js', import.meta.url))
    await mirror.apply({ table, upsert: rows, syncedAt })
    expect(await copiedWithin(10_000, async () => undefined)).toBe(true)
    expect(await autoCheckpoint(mirror)).toBe(1_000)
    expect((await mirror.query('SELECT count(*) AS n FROM things'))[0]?.n).toBe(2_000)
  })

  it('goes back to checkpointing in the writer when the checkpointer stops mid-run', async () => {
    const mirror = await open(new URL('./support/stopping-checkpointer.ts', import.meta.url))
    await mirror.apply({ table, upsert: rows, syncedAt })
    // The stand-in was handed checkpoints and stopped at the first it was asked for ...
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(20)) {
      if (existsSync(`${path}.checkpointer-stopped`)) break
    }
    expect(existsSync(`${path}.checkpointer-stopped`)).toBe(true)
    // ... so the writer took checkpoints back: its own bound again, and the rows copied once quiet.
    expect(await copiedWithin(10_000, async () => undefined)).toBe(true)
    expect(await autoCheckpoint(mirror)).toBe(1_000)
    await mirror.apply({ table, upsert: [{ id: 9_999, text: 'after' }], syncedAt })
    expect((await mirror.query('SELECT count(*) AS n FROM things'))[0]?.n).toBe(2_001)
  })
})
