// Dates are formatted by hand for speed: the text must be what `toISOString` gives, padded to seven
// fractional digits, for every millisecond (leap days, century years, day and year boundaries).
import { describe, expect, it } from 'vitest'
import { haloDate } from '../src/http/halo-date.js'
import { pick } from '../src/mock/random.js'

const DAY = 86_400_000
const viaIso = (ms: number) => `${new Date(ms).toISOString().slice(0, 23)}0000Z`

describe('haloDate', () => {
  it('writes what toISOString writes, on both sides of every midnight from 1960 to 2500', () => {
    for (let day = Date.UTC(1960, 0, 1) / DAY; day <= Date.UTC(2500, 0, 1) / DAY; day++) {
      for (const ms of [day * DAY, day * DAY - 1, day * DAY + 43_200_123]) {
        if (haloDate(ms) !== viaIso(ms)) expect(haloDate(ms)).toBe(viaIso(ms))
      }
    }
  })

  it('writes what toISOString writes for spread-out times up to the year 9999 and past it', () => {
    for (let i = 0; i < 200_000; i++) {
      // 0 to 2.6e14 ms (the year 10209), with every millisecond of the second as likely.
      const ms = Math.floor(((pick(i, 1, 0x10000) * 0x10000 + pick(i, 2, 0x10000)) / 2 ** 32) * 2.6e14)
      if (haloDate(ms) !== viaIso(ms)) expect(haloDate(ms)).toBe(viaIso(ms))
    }
  })

  it('handles leap days, the last moment of 9999, fractions and times before 1970', () => {
    const cases = [
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      Date.UTC(2000, 1, 29, 12),
      Date.UTC(1900, 2, 1),
      Date.UTC(2100, 1, 28, 23, 59, 59, 999),
      Date.UTC(2100, 2, 1),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999) + 1,
      Date.UTC(1969, 11, 31, 23, 59, 59, 999),
      0,
      -0.5,
      0.75,
      1_718_894_715_974.9,
      -1_234_567_890_123,
    ]
    for (const ms of cases) expect(haloDate(ms)).toBe(viaIso(ms))
    expect(haloDate(Date.UTC(2024, 5, 20, 14, 45, 15, 974))).toBe('2024-06-20T14:45:15.9740000Z')
    expect(() => haloDate(Number.NaN)).toThrow(RangeError)
  })
})
