// Halo writes UTC timestamps with seven fractional digits (`2024-06-20T14:45:15.9746271Z`); queries
// and records are read back with `parseHaloDate` and `recordDate`.

const DAY_MS = 86_400_000
/** 10000-01-01T00:00:00Z: from here on `toISOString` writes a six-digit year with a sign. */
const YEAR_10000_MS = 253_402_300_800_000
const twoDigits = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'))
const threeDigits = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'))

/** `YYYY-MM-DDT` of the last day formatted: the seeded data writes many dates of one day in a row. */
let cachedDay = Number.NaN
let cachedDayPrefix = ''

/** `YYYY-MM-DDT` of a day counted from 1970-01-01 (0 or later), by the proleptic Gregorian calendar. */
function dayPrefix(day: number): string {
  if (day === cachedDay) return cachedDayPrefix
  // Civil date from a day number: the 400-year-era method (eras of 146,097 days starting 1 March).
  const z = day + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1_460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153)
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  cachedDay = day
  cachedDayPrefix = `${String(year).padStart(4, '0')}-${twoDigits[month]}-${twoDigits[dayOfMonth]}T`
  return cachedDayPrefix
}

/**
 * `ms` as Halo writes a date: what `toISOString` gives with the milliseconds padded to seven digits.
 * Formatted by hand (the mock writes hundreds of thousands of generated dates per large list and
 * `toISOString` was a tenth of its CPU); dates before 1970 or after 9999 go through `toISOString`.
 */
export function haloDate(ms: number): string {
  const t = Math.trunc(ms) // as `new Date(ms)` does
  if (!(t >= 0 && t < YEAR_10000_MS)) return `${new Date(ms).toISOString().slice(0, 23)}0000Z`
  const day = Math.floor(t / DAY_MS)
  const msOfDay = t - day * DAY_MS
  const seconds = Math.floor(msOfDay / 1_000)
  const minutes = Math.floor(seconds / 60)
  return `${dayPrefix(day)}${twoDigits[Math.floor(minutes / 60)]}:${twoDigits[minutes % 60]}:${twoDigits[seconds % 60]}.${threeDigits[msOfDay - seconds * 1_000]}0000Z`
}

/** The digit at `at` (anything else gives a number the round trip below rejects). */
const digit = (text: string, at: number) => text.charCodeAt(at) - 48
const number2 = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1)

/**
 * The time of a date exactly as `haloDate` writes it (`2024-06-20T14:45:15.9740000Z`), read without
 * `Date.parse`: every record date the mock generated is one, and the first search of every action
 * reads tens of thousands. Undefined for any other text. The result is kept only when `haloDate`
 * writes it back as the same text, so it is the time `Date.parse` gives.
 */
function writtenByHaloDate(raw: string): number | undefined {
  if (raw.length !== 28 || raw.charCodeAt(27) !== 90 /* Z */) return undefined
  const ms = Date.UTC(
    number2(raw, 0) * 100 + number2(raw, 2),
    number2(raw, 5) - 1,
    number2(raw, 8),
    number2(raw, 11),
    number2(raw, 14),
    number2(raw, 17),
    digit(raw, 20) * 100 + number2(raw, 21),
  )
  if (!(ms >= 0 && ms < YEAR_10000_MS)) return undefined
  return haloDate(ms) === raw ? ms : undefined
}

/** Halo's "no date" marker. */
export const noDate = '1900-01-01T00:00:00'

/**
 * A date a query or a record gives, in epoch ms; undefined when empty or unparseable. A date-time
 * without a zone is UTC, as Halo writes them.
 */
export function parseHaloDate(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  const written = writtenByHaloDate(raw)
  if (written !== undefined) return written
  if (raw.trim() === '') return undefined
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) || !/T/.test(raw) ? raw : `${raw}Z`)
  return Number.isNaN(ms) ? undefined : ms
}

/** A record's date field in epoch ms; undefined for Halo's "no date" (1900-01-01) and non-dates. */
export function recordDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.startsWith('1900-01-01')) return undefined
  return parseHaloDate(value)
}
