import { getEventListeners } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { abortableSleep } from '../../src/timing/abortable-sleep.js'

describe('abortableSleep', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('resolves after the delay and leaves no listener or timer behind', async () => {
    const controller = new AbortController()
    let done = false
    const sleep = abortableSleep(500, controller.signal).then(() => {
      done = true
    })
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(499)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await sleep
    expect(done).toBe(true)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('rejects with the abort reason, clearing its timer', async () => {
    const controller = new AbortController()
    const sleep = abortableSleep(10_000, controller.signal)
    const reason = new Error('stop')
    controller.abort(reason)
    await expect(sleep).rejects.toBe(reason)
    expect(vi.getTimerCount()).toBe(0)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort('gone')
    await expect(abortableSleep(10, controller.signal)).rejects.toBe('gone')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('treats negative and NaN delays as zero', async () => {
    const order: string[] = []
    const a = abortableSleep(-5).then(() => order.push('negative'))
    const b = abortableSleep(Number.NaN).then(() => order.push('nan'))
    await vi.advanceTimersByTimeAsync(0)
    await Promise.all([a, b])
    expect(order).toEqual(['negative', 'nan'])
  })

  it('chains timers for delays beyond the 32-bit setTimeout range', async () => {
    const day = 86_400_000
    let done = false
    const sleep = abortableSleep(30 * day).then(() => {
      done = true
    })
    await vi.advanceTimersByTimeAsync(25 * day)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(5 * day)
    await sleep
    expect(done).toBe(true)
  })
})
