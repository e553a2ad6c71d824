import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_UPSERT_CHUNK_SIZE, upsertInChunks } from '../../src/resource/index.js'

const inputs = (n: number) => Array.from({ length: n }, (_, i) => ({ summary: `t${i}` }))

describe('upsertInChunks', () => {
  it('posts 250 items as 100 + 100 + 50 and maps results back in order', async () => {
    const post = vi.fn(async (items: { summary: string }[], range: { start: number }) =>
      items.map((item, i) => ({ ...item, id: 1000 + range.start + i })),
    )
    const result = await upsertInChunks(inputs(250), DEFAULT_UPSERT_CHUNK_SIZE, post)
    expect(post.mock.calls.map(([items, range]) => [items.length, range])).toEqual([
      [100, { start: 0, end: 100 }],
      [100, { start: 100, end: 200 }],
      [50, { start: 200, end: 250 }],
    ])
    expect(result.failures).toEqual([])
    expect(result.succeeded).toBe(250)
    expect(result.records).toHaveLength(250)
    result.records.forEach((record, i) => {
      expect(record).toEqual({ summary: `t${i}`, id: 1000 + i })
    })
  })

  it('keeps successful chunks when one fails and reports the failed range', async () => {
    const boom = new Error('HTTP 400')
    const result = await upsertInChunks(inputs(5), 2, async (items, range) => {
      if (range.start === 2) throw boom
      return items.map((item) => ({ ...item, ok: true }))
    })
    expect(result.records).toEqual([
      { summary: 't0', ok: true },
      { summary: 't1', ok: true },
      undefined,
      undefined,
      { summary: 't4', ok: true },
    ])
    expect(result.failures).toEqual([
      { start: 2, end: 4, items: [{ summary: 't2' }, { summary: 't3' }], error: boom },
    ])
    expect(result.succeeded).toBe(3)
  })

  it('accepts a single object for a one-item chunk (Halo answers one with one)', async () => {
    const result = await upsertInChunks(inputs(3), 2, async (items) =>
      items.length === 1 ? { id: 9 } : items.map((_, i) => ({ id: i })),
    )
    expect(result.records).toEqual([{ id: 0 }, { id: 1 }, { id: 9 }])
  })

  it('reports a chunk whose answer has the wrong count as failed', async () => {
    const result = await upsertInChunks(inputs(2), 2, async () => [{ id: 1 }])
    expect(result.records).toEqual([undefined, undefined])
    expect(result.failures[0]?.error).toBeInstanceOf(Error)
    expect(String(result.failures[0]?.error)).toMatch(/POST of 2 record\(s\) with 1/)
  })

  it('stops after an abort and reports the remaining chunks with the abort reason', async () => {
    const controller = new AbortController()
    const post = vi.fn(async (items: { summary: string }[]) => {
      controller.abort(new Error('stopped by user'))
      return items
    })
    const result = await upsertInChunks(inputs(5), 2, post, { signal: controller.signal })
    expect(post).toHaveBeenCalledTimes(1)
    expect(result.succeeded).toBe(2)
    expect(result.failures.map((f) => [f.start, f.end, String(f.error)])).toEqual([
      [2, 4, 'Error: stopped by user'],
      [4, 5, 'Error: stopped by user'],
    ])
  })

  it('runs chunks one after another', async () => {
    let inFlight = 0
    let maxInFlight = 0
    await upsertInChunks(inputs(6), 2, async (items) => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      await Promise.resolve()
      inFlight--
      return items
    })
    expect(maxInFlight).toBe(1)
  })

  it('does nothing for no items and rejects a bad size', async () => {
    const post = vi.fn(async (items: unknown[]) => items)
    await expect(upsertInChunks([], 100, post)).resolves.toEqual({ records: [], failures: [], succeeded: 0 })
    expect(post).not.toHaveBeenCalled()
    await expect(upsertInChunks([1], 0, post)).rejects.toThrow(/positive integer/)
  })
})
