import { describe, expect, it } from 'vitest'
import { chunk } from '../../src/resource/index.js'

describe('chunk', () => {
  it('splits into full chunks and a shorter last one', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
  })
  it('gives one chunk when the list fits, and none for an empty list', () => {
    expect(chunk([1, 2], 100)).toEqual([[1, 2]])
    expect(chunk([], 100)).toEqual([])
  })
  it('splits 250 items into 100, 100, 50', () => {
    const items = Array.from({ length: 250 }, (_, i) => i)
    const chunks = chunk(items, 100)
    expect(chunks.map((c) => c.length)).toEqual([100, 100, 50])
    expect(chunks.flat()).toEqual(items)
  })
  it('does not share arrays with the input', () => {
    const items = [1, 2, 3]
    const [first] = chunk(items, 3)
    first?.push(4)
    expect(items).toEqual([1, 2, 3])
  })
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects size %s', (size) => {
    expect(() => chunk([1], size)).toThrow(/size must be a positive integer/)
  })
})
