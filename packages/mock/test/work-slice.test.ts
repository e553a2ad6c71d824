// Long work in the mock lets other requests in once it has held the thread a slice of time.
import { describe, expect, it } from 'vitest'
import { SLICE_MS, WorkSlice } from '../src/http/work-slice.js'

describe('WorkSlice', () => {
  it('is spent once its time has passed, and starts again after a pause', async () => {
    let clock = 1_000
    const slice = new WorkSlice(4, () => clock)
    expect(slice.spent).toBe(false)
    clock += 3.9
    expect(slice.spent).toBe(false)
    clock += 0.1
    expect(slice.spent).toBe(true)
    await slice.pause()
    expect(slice.spent).toBe(false)
    clock += 4
    expect(slice.spent).toBe(true)
  })

  it('lets a timer that was waiting run during a pause', async () => {
    const slice = new WorkSlice()
    const order: string[] = []
    setTimeout(() => order.push('waiting request'), 0)
    await slice.pause()
    order.push('resumed')
    expect(order).toEqual(['waiting request', 'resumed'])
    expect(SLICE_MS).toBeGreaterThan(0)
  })
})
