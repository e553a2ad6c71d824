// Without its checkpointer thread, the SQLite worker copies its write-ahead log into the database
// file once quiet after writes, so the automatic checkpoint (on the commit that finds the log over
// 1,000 pages) rarely lands in the middle of a sync run. The store's own behaviour, with and without
// that thread, is in background-checkpoint.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { IdleCheckpoint } from '../src/store/idle-checkpoint.js'

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
