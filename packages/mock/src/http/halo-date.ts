// Halo writes UTC timestamps with seven fractional digits (`2024-06-20T14:45:15.9746271Z`); queries
// and records are read back with `parseHaloDate` and `recordDate`.
export function haloDate(ms: number): string {
  const iso = new Date(ms).toISOString() // 2024-06-20T14:45:15.974Z
  return `${iso.slice(0, 23)}0000Z`
}

/** Halo's "no date" marker. */
export const noDate = '1900-01-01T00:00:00'

/**
 * A date a query or a record gives, in epoch ms; undefined when empty or unparseable. A date-time
 * without a zone is UTC, as Halo writes them.
 */
export function parseHaloDate(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) || !/T/.test(raw) ? raw : `${raw}Z`)
  return Number.isNaN(ms) ? undefined : ms
}

/** A record's date field in epoch ms; undefined for Halo's "no date" (1900-01-01) and non-dates. */
export function recordDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.startsWith('1900-01-01')) return undefined
  return parseHaloDate(value)
}
