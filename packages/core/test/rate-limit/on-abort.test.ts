import { getEventListeners } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { onAbort } from '../../src/timing/on-abort.js'

describe('onAbort', () => {
  it('runs every live subscription once, through a single listener', () => {
    const controller = new AbortController()
    const callback = vi.fn()
    const other = vi.fn()
    onAbort(controller.signal, callback)
    const unsubscribeSecond = onAbort(controller.signal, callback)
    onAbort(controller.signal, other)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1)
    unsubscribeSecond()
    unsubscribeSecond()
    controller.abort()
    controller.abort()
    expect(callback).toHaveBeenCalledTimes(1)
    expect(other).toHaveBeenCalledTimes(1)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })

  it('removes the listener when the last subscription leaves, and re-attaches for a new one', () => {
    const controller = new AbortController()
    const first = onAbort(controller.signal, () => {})
    const second = onAbort(controller.signal, () => {})
    first()
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1)
    second()
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
    const late = vi.fn()
    onAbort(controller.signal, late)
    controller.abort()
    expect(late).toHaveBeenCalledTimes(1)
  })
})
