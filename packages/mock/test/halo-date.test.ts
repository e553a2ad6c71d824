// Dates are formatted by hand for speed: the text must be what `toISOString` gives, padded to seven
// fractional digits, for every millisecond (leap days, century years, day and year boundaries).
import { describe, expect, it } from 'vitest'
import { haloDate, parseHaloDate, recordDate } from '../src/http/halo-date.js'
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

describe('parseHaloDate', () => {
  it('reads back every date haloDate writes as Date.parse does', () => {
    for (let i = 0; i < 100_000; i++) {
      // Up to the year 9922 (a six-digit year with a sign is not Halo's and not read to the ms).
      const ms = Math.floor(((pick(i, 4, 0x10000) * 0x10000 + pick(i, 5, 0x10000)) / 2 ** 32) * 2.5e14)
      const written = haloDate(ms)
      if (parseHaloDate(written) !== ms) expect(parseHaloDate(written)).toBe(ms)
      if (Date.parse(written) !== ms) expect(Date.parse(written)).toBe(ms)
    }
  })

  it('reads other spellings as Date.parse does', () => {
    const cases = [
      '2024-06-20T14:45:15.9746271Z',
      '2024-02-30T00:00:00.0000000Z',
      '2023-02-29T00:00:00.0000000Z',
      '2024-02-29T23:59:59.9990000Z',
      '2100-02-29T00:00:00.0000000Z',
      '2000-02-29T00:00:00.0000000Z',
      '2024-04-31T00:00:00.0000000Z',
      '2024-13-01T00:00:00.0000000Z',
      '2024-00-01T00:00:00.0000000Z',
      '1969-12-31T23:59:59.9990000Z',
      '2024-06-20T14:45:15.9740001Z',
      '2024-06-20T14:45:15.97400000',
      '2024-06-20 14:45:15.9740000Z',
      '2024-06-20T14:4a:15.9740000Z',
      '2024-02-32T00:00:00.0000000Z',
      '2024-06-20T24:00:00.0000000Z',
      '2024-06-20T23:60:00.0000000Z',
      '0050-06-20T14:45:15.9740000Z',
      '2024-06-20T14:45:15.974Z',
      '2024-06-20T14:45:15',
      '2024-06-20T14:45:15.9740000+01:00',
      '2024-06-20X14:45:15.9740000Z',
      '2024-06-2OT14:45:15.9740000Z',
      '2024-06-20',
    ]
    for (const raw of cases) {
      const parsed = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) || !/T/.test(raw) ? raw : `${raw}Z`)
      expect(parseHaloDate(raw)).toBe(Number.isNaN(parsed) ? undefined : parsed)
    }
    expect(parseHaloDate('')).toBeUndefined()
    expect(parseHaloDate('   ')).toBeUndefined()
    expect(recordDate('1900-01-01T00:00:00')).toBeUndefined()
    expect(recordDate('2024-06-20T14:45:15.9740000Z')).toBe(Date.UTC(2024, 5, 20, 14, 45, 15, 974))
  })
})
