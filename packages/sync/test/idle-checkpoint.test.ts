// The SQLite worker copies its write-ahead log into the database file once quiet after writes (in a
// sync run, between round trips), so the automatic checkpoint (on the commit that finds the log over
// 1,000 pages) rarely lands on a run's last writes.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sqliteStore } from '../src/index.js'
import { CHECKPOINT_WHEN_IDLE_MS, IdleCheckpoint } from '../src/store/idle-checkpoint.js'

describe('IdleCheckpoint', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('checkpoints once, a quiet spell after the last write, and not after reads alone', () => {
    vi.useFakeTimers()
    const checkpoint = vi.fn()
    const idle = new IdleCheckpoint(checkpoint, 500)
    idle.callStarted()
    idle.callEnded(false)
    vi.advanceTimersByTime(2_000)
    expect(checkpoint).not.toHaveBeenCalled()

    idle.callStarted()
    idle.callEnded(true)
    vi.advanceTimersByTime(499)
    // Another call within the spell (a read) puts the checkpoint off; the write is still owed.
    idle.callStarted()
    idle.callEnded(false)
    vi.advanceTimersByTime(499)
    expect(checkpoint).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(checkpoint).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(5_000)
    expect(checkpoint).toHaveBeenCalledTimes(1)
  })

  it('survives a checkpoint that fails, and tries again after the next write', () => {
    vi.useFakeTimers()
    const checkpoint = vi.fn(() => {
      throw new Error('database is locked')
    })
    const idle = new IdleCheckpoint(checkpoint, 100)
    idle.callEnded(true)
    vi.advanceTimersByTime(100)
    idle.callEnded(true)
    vi.advanceTimersByTime(100)
    expect(checkpoint).toHaveBeenCalledTimes(2)
  })

  it('does nothing once stopped', () => {
    vi.useFakeTimers()
    const checkpoint = vi.fn()
    const idle = new IdleCheckpoint(checkpoint, 100)
    idle.callEnded(true)
    idle.stop()
    vi.advanceTimersByTime(1_000)
    expect(checkpoint).not.toHaveBeenCalled()
  })
})

describe('the SQLite store', () => {
  it('moves what it wrote from the write-ahead log into the database file once quiet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'halo-sync-checkpoint-'))
    const path = join(dir, 'halo.db')
    const store = sqliteStore(path)
    try {
      await store.open()
      // About 2 MB: well under the 1,000 pages (8 MB) at which SQLite would checkpoint by itself.
      const rows = Array.from({ length: 2_000 }, (_, i) => ({ id: i + 1, text: `row ${i} `.repeat(100) }))
      await store.apply({
        table: { name: 'things', key: ['id'] },
        upsert: rows,
        syncedAt: '2026-12-01T09:00:00.000Z',
      })
      // Until the checkpoint the rows live in the log, and the database file stays a few pages long.
      const deadline = Date.now() + CHECKPOINT_WHEN_IDLE_MS + 10_000
      while (statSync(path).size < 1_500_000 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      expect(statSync(path).size).toBeGreaterThan(1_500_000)
      const [count] = await store.query('SELECT count(*) AS n FROM things')
      expect(Number(count?.n)).toBe(2_000)
    } finally {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
