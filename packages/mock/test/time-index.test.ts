// The index of keys by time answers ranges as a scan of every key's times would, however its
// changes come: appended at the end (a write made now), put in place (a back-dated one), repeated,
// removed, and after enough changes that its dead entries are dropped.
import { describe, expect, it } from 'vitest'
import { TimeIndex } from '../src/store/time-index.js'

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

/** Keys whose times fall in [from, to], ascending: what the index must answer. */
function scan(times: ReadonlyMap<number, readonly number[]>, from?: number, to?: number): number[] {
  const low = from ?? Number.NEGATIVE_INFINITY
  const high = to ?? Number.POSITIVE_INFINITY
  return [...times]
    .filter(([, all]) => all.some((time) => time >= low && time <= high))
    .map(([key]) => key)
    .sort((a, b) => a - b)
}

function expectRangesAsScan(
  index: TimeIndex,
  times: ReadonlyMap<number, readonly number[]>,
  next: () => number,
  highest: number,
) {
  expect(index.keysBetween(undefined, undefined)).toEqual(scan(times))
  for (let i = 0; i < 40; i++) {
    const a = Math.floor(next() * highest)
    const b = a + Math.floor(next() * (highest / 2))
    expect(index.keysBetween(a, b)).toEqual(scan(times, a, b))
    expect(index.keysBetween(undefined, b)).toEqual(scan(times, undefined, b))
    expect(index.keysBetween(a, undefined)).toEqual(scan(times, a, undefined))
  }
}

describe('TimeIndex', () => {
  it('answers as a scan would after changes of every kind', () => {
    for (const seed of [1, 2, 3]) {
      const next = random(seed)
      const times = new Map<number, readonly number[]>()
      // Times from a small range, so many entries share a time and order falls to the key.
      const someTimes = (upTo: number): number[] =>
        Array.from({ length: Math.floor(next() * 4) }, () =>
          next() < 0.05 ? Number.NaN : Math.floor(next() * upTo),
        )
      for (let key = 1; key <= 500; key++) times.set(key, someTimes(150))
      const index = TimeIndex.of(times)
      const record = (key: number, all: readonly number[]) => {
        index.set(key, all)
        times.set(
          key,
          all.filter((time) => !Number.isNaN(time)),
        )
      }

      let now = 150
      for (let change = 0; change < 300; change++) {
        // Existing keys and keys new to the index; removed (no times), NaN alone, back-dated times
        // among the old ones, a key's own time again, or a time after every other (a write now).
        const key = 1 + Math.floor(next() * 700)
        const roll = next()
        if (roll < 0.1) record(key, [])
        else if (roll < 0.15) record(key, [Number.NaN])
        else if (roll < 0.45) record(key, someTimes(150))
        else if (roll < 0.55) record(key, [...(times.get(key) ?? []), ...(times.get(key) ?? [])])
        else record(key, [now++])
      }
      index.set(3, [])
      times.delete(3)
      expectRangesAsScan(index, times, random(seed + 10), now)
    }
  })

  it('drops dead entries once they outnumber live ones, and answers the same after', () => {
    const times = new Map<number, readonly number[]>()
    for (let key = 1; key <= 100; key++) times.set(key, [key])
    const index = TimeIndex.of(times)
    let now = 1_000
    let most = 0
    // Each change leaves the key's old entry dead: far more changes than keys.
    for (let change = 0; change < 3_000; change++) {
      const key = 1 + (change % 100)
      index.set(key, [now])
      times.set(key, [now])
      now++
      most = Math.max(most, index.entryCount)
    }
    expect(most).toBeGreaterThan(1_000)
    expect(most).toBeLessThanOrEqual(100 + 1_024 + 1)
    expect(index.entryCount).toBeLessThan(most)
    expectRangesAsScan(index, times, random(7), now)
  })

  it('a time given twice for one key is one entry, and a key set to the times it has adds none', () => {
    const index = TimeIndex.of([[1, [5, 5, 9]]])
    expect(index.entryCount).toBe(2)
    index.set(1, [9, 5])
    expect(index.entryCount).toBe(2)
    expect(index.keysBetween(5, 5)).toEqual([1])
    index.set(1, [9])
    expect(index.keysBetween(5, 5)).toEqual([])
    expect(index.keysBetween(9, 9)).toEqual([1])
  })

  it('a range asked again is answered anew after any change', () => {
    const index = TimeIndex.of([
      [1, [10]],
      [2, [20]],
    ])
    expect(index.keysBetween(5, 25)).toEqual([1, 2])
    expect(index.keysBetween(5, 25)).toEqual([1, 2])
    index.set(3, [15])
    expect(index.keysBetween(5, 25)).toEqual([1, 2, 3])
    index.set(1, [])
    expect(index.keysBetween(5, 25)).toEqual([2, 3])
    expect(index.keysBetween(5, undefined)).toEqual([2, 3])
    expect(index.keysBetween(undefined, 25)).toEqual([2, 3])
  })
})
