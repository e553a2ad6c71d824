// Keys changed by one request's writes reach their index together once the writes are done, or
// sooner when a search asks; an index that is not there yet keeps them waiting.
import { describe, expect, it } from 'vitest'
import { PendingKeys } from '../src/store/pending-keys.js'

describe('PendingKeys', () => {
  it('applies the keys of synchronous writes once, together, after them', async () => {
    const applied: number[][] = []
    const pending = new PendingKeys((keys) => {
      applied.push([...keys])
      return true
    })
    for (const key of [3, 1, 3, 2]) pending.add(key)
    expect(applied).toEqual([])
    await Promise.resolve()
    expect(applied).toEqual([[3, 1, 2]])
    pending.add(4)
    await Promise.resolve()
    expect(applied).toEqual([[3, 1, 2], [4]])
  })

  it('a search flushes before reading, and the queued flush then has nothing left', async () => {
    const applied: number[][] = []
    const pending = new PendingKeys((keys) => {
      applied.push([...keys])
      return true
    })
    pending.add(7)
    pending.flush()
    expect(applied).toEqual([[7]])
    await Promise.resolve()
    expect(applied).toEqual([[7]])
  })

  it('keeps the keys while the index cannot take them', async () => {
    let ready = false
    const applied: number[][] = []
    const pending = new PendingKeys((keys) => {
      if (!ready) return false
      applied.push([...keys])
      return true
    })
    pending.add(1)
    await Promise.resolve()
    pending.add(2)
    await Promise.resolve()
    expect(applied).toEqual([])
    ready = true
    pending.flush()
    expect(applied).toEqual([[1, 2]])
  })
})
