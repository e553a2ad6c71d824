/**
 * The text a value is written as in a CSV cell (and in a spreadsheet cell that has no native type):
 * `null`/`undefined` and an invalid date as nothing, a date as ISO 8601 (UTC), objects and arrays as
 * JSON, anything else as `String(value)`.
 */
export function csvCellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString()
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}
