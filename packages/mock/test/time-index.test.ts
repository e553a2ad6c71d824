// The index of keys by time answers ranges as a scan of every key's times would, however its
// changes come: one at a time, or many in one pass.
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
) {
  expect(index.keysBetween(undefined, undefined)).toEqual(scan(times))
  for (let i = 0; i < 40; i++) {
    const a = Math.floor(next() * 120)
    const b = a + Math.floor(next() * 60)
    expect(index.keysBetween(a, b)).toEqual(scan(times, a, b))
    expect(index.keysBetween(undefined, b)).toEqual(scan(times, undefined, b))
    expect(index.keysBetween(a, undefined)).toEqual(scan(times, a, undefined))
  }
}

describe('TimeIndex', () => {
  it('setMany answers as set for each change would, below and above the one-pass size', () => {
    for (const changeCount of [1, 5, 16, 17, 40, 300]) {
      const next = random(changeCount)
      const times = new Map<number, readonly number[]>()
      // Times from a small range, so many entries share a time and order falls to the key.
      const someTimes = (): number[] =>
        Array.from({ length: Math.floor(next() * 4) }, () =>
          next() < 0.05 ? Number.NaN : Math.floor(next() * 150),
        )
      for (let key = 1; key <= 500; key++) times.set(key, someTimes())
      const one = TimeIndex.of(times)
      const many = TimeIndex.of(times)

      const changes = new Map<number, readonly number[]>()
      while (changes.size < changeCount) {
        // Existing keys, keys new to the index, keys removed (no times), keys given NaN alone.
        const key = 1 + Math.floor(next() * 700)
        const roll = next()
        changes.set(key, roll < 0.15 ? [] : roll < 0.2 ? [Number.NaN] : someTimes())
      }
      for (const [key, all] of changes) one.set(key, all)
      many.setMany(changes)
      for (const [key, all] of changes)
        times.set(
          key,
          all.filter((time) => !Number.isNaN(time)),
        )

      expectRangesAsScan(one, times, random(changeCount + 1))
      expectRangesAsScan(many, times, random(changeCount + 1))
      // Later single changes still find their entries where the pass left them.
      for (const key of [...changes.keys()].slice(0, 5)) {
        many.set(key, [42])
        times.set(key, [42])
      }
      many.delete(3)
      times.delete(3)
      expectRangesAsScan(many, times, random(changeCount + 2))
    }
  })
})
