import { describe, expect, it, vi } from 'vitest'
import { oneOrMany, recordsFromPostResponse } from '../../src/resource/index.js'

interface Draft {
  summary: string
}
interface Created extends Draft {
  id: number
}

// Behaves like Halo: one object posted → one object back, several → an array.
function haloLike() {
  let next = 100
  return vi.fn(async (items: Draft[]): Promise<Created | Created[]> => {
    const created = items.map((item) => ({ ...item, id: next++ }))
    return created.length === 1 && created[0] ? created[0] : created
  })
}

describe('oneOrMany', () => {
  it('posts one record as an array and returns one record', async () => {
    const post = haloLike()
    const created = await oneOrMany({ summary: 'a' }, post)
    expect(post).toHaveBeenCalledWith([{ summary: 'a' }])
    expect(created).toEqual({ summary: 'a', id: 100 })
  })

  it('returns an array for an array, in input order', async () => {
    const created = await oneOrMany([{ summary: 'a' }, { summary: 'b' }], haloLike())
    expect(created).toEqual([
      { summary: 'a', id: 100 },
      { summary: 'b', id: 101 },
    ])
  })

  it('returns an array for a one-element array even though Halo answers with an object', async () => {
    const created = await oneOrMany([{ summary: 'a' }], haloLike())
    expect(created).toEqual([{ summary: 'a', id: 100 }])
  })

  it('does not post an empty array', async () => {
    const post = haloLike()
    await expect(oneOrMany([] as Draft[], post)).resolves.toEqual([])
    expect(post).not.toHaveBeenCalled()
  })

  it('accepts a single record that Halo wraps in an array', async () => {
    const created = await oneOrMany({ summary: 'a' }, async () => [{ summary: 'a', id: 7 }])
    expect(created).toEqual({ summary: 'a', id: 7 })
  })

  it('propagates the POST error', async () => {
    await expect(
      oneOrMany({ summary: 'a' }, async () => {
        throw new Error('400 from Halo')
      }),
    ).rejects.toThrow('400 from Halo')
  })

  it('fails clearly when Halo returns a different number of records', async () => {
    await expect(
      oneOrMany([{ summary: 'a' }, { summary: 'b' }], async () => [{ summary: 'a', id: 1 }]),
    ).rejects.toThrow('Halo answered a POST of 2 record(s) with 1')
  })
})

describe('recordsFromPostResponse', () => {
  it('wraps an object and passes an array through', () => {
    expect(recordsFromPostResponse({ id: 1 }, 1)).toEqual([{ id: 1 }])
    expect(recordsFromPostResponse([{ id: 1 }, { id: 2 }], 2)).toEqual([{ id: 1 }, { id: 2 }])
  })
  it('rejects an empty array for one posted record', () => {
    expect(() => recordsFromPostResponse([], 1)).toThrow(/with 0/)
  })
})
