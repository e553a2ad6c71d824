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

  it('posts up to `concurrency` chunks at once and keeps input order when answers arrive out of order', async () => {
    let inFlight = 0
    let maxInFlight = 0
    const started: number[] = []
    const result = await upsertInChunks(
      inputs(10),
      2,
      async (items, range) => {
        started.push(range.start)
        inFlight++
        maxInFlight = Math.max(maxInFlight, inFlight)
        // Earlier chunks answer later, so completion order is the reverse of input order.
        await new Promise((resolve) => setTimeout(resolve, 30 - range.start * 3))
        inFlight--
        return items.map((item) => ({ ...item, at: range.start }))
      },
      { concurrency: 3 },
    )
    expect(maxInFlight).toBe(3)
    expect(started.sort((a, b) => a - b)).toEqual([0, 2, 4, 6, 8])
    expect(result.succeeded).toBe(10)
    result.records.forEach((record, i) => {
      expect(record).toEqual({ summary: `t${i}`, at: i - (i % 2) })
    })
  })

  it('reports concurrent failures in input order, keeps the rest, and posts every chunk exactly once', async () => {
    const posted = new Map<number, number>()
    const result = await upsertInChunks(
      inputs(9),
      2,
      async (items, range) => {
        posted.set(range.start, (posted.get(range.start) ?? 0) + 1)
        await new Promise((resolve) => setTimeout(resolve, range.start === 2 ? 20 : 1))
        if (range.start === 2 || range.start === 6) throw new Error(`refused ${range.start}`)
        return items
      },
      { concurrency: 4 },
    )
    expect([...posted.entries()].sort(([a], [b]) => a - b)).toEqual([
      [0, 1],
      [2, 1],
      [4, 1],
      [6, 1],
      [8, 1],
    ])
    expect(result.failures.map((f) => [f.start, f.end, String(f.error)])).toEqual([
      [2, 4, 'Error: refused 2'],
      [6, 8, 'Error: refused 6'],
    ])
    expect(result.succeeded).toBe(5)
    expect(result.records.map((r) => r?.summary)).toEqual([
      't0',
      't1',
      undefined,
      undefined,
      't4',
      't5',
      undefined,
      undefined,
      't8',
    ])
  })

  it('starts no chunk after an abort while others are in flight', async () => {
    const controller = new AbortController()
    const starts: number[] = []
    const result = await upsertInChunks(
      inputs(10),
      2,
      async (items, range) => {
        starts.push(range.start)
        if (range.start === 2) controller.abort(new Error('stopped'))
        await new Promise((resolve) => setTimeout(resolve, 5))
        return items
      },
      { signal: controller.signal, concurrency: 2 },
    )
    expect(starts).toEqual([0, 2])
    expect(result.succeeded).toBe(4)
    expect(result.failures.map((f) => [f.start, String(f.error)])).toEqual([
      [4, 'Error: stopped'],
      [6, 'Error: stopped'],
      [8, 'Error: stopped'],
    ])
  })

  it('rejects a concurrency that is not a positive integer', async () => {
    await expect(upsertInChunks([1], 1, async (items) => items, { concurrency: 0 })).rejects.toThrow(
      /concurrency must be a positive integer/,
    )
  })

  it('does nothing for no items and rejects a bad size', async () => {
    const post = vi.fn(async (items: unknown[]) => items)
    await expect(upsertInChunks([], 100, post)).resolves.toEqual({ records: [], failures: [], succeeded: 0 })
    expect(post).not.toHaveBeenCalled()
    await expect(upsertInChunks([1], 0, post)).rejects.toThrow(/positive integer/)
  })
})
