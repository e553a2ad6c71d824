import type { TicketTypeField } from '../ticket-type-fields/ticket-type-field.js'
import type { ImportValues } from './import-row.js'
import { type WriteCsvOptions, writeCsv } from './write-csv.js'

// A fixed day keeps samples identical from run to run (and in snapshots).
const SAMPLE_BASE_DAY = Date.UTC(2025, 0, 6)
const DAY_MS = 86_400_000

/**
 * `count` example rows that pass `validateImportRows`: lookup and category cells cycle through the allowed
 * values, numbers count up, dates step a day at a time from 2025-01-06, and text says what it is.
 * Deterministic: the same fields give the same rows.
 */
export function buildSampleRows(fields: readonly TicketTypeField[], count: number): ImportValues[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(
      `buildSampleRows: count must be a whole number of zero or more, got ${String(count)}`,
    )
  }
  return Array.from({ length: count }, (_, index) =>
    Object.fromEntries(fields.map((field) => [field.csvColumnName, sampleValue(field, index)])),
  )
}

/** A ready-to-open sample file: the template header and `count` sample rows. */
export function buildSampleCsv(
  fields: readonly TicketTypeField[],
  count: number,
  options: Pick<WriteCsvOptions, 'bom' | 'newline'> = {},
): string {
  const rows = buildSampleRows(fields, count)
  return writeCsv(
    [
      fields.map((field) => field.csvColumnName),
      ...rows.map((row) => fields.map((field) => row[field.csvColumnName])),
    ],
    options,
  )
}

function sampleValue(field: TicketTypeField, index: number): string {
  const values = field.lookupValues
  if (values.length > 0) return values[index % values.length]?.label ?? ''
  const day = new Date(SAMPLE_BASE_DAY + index * DAY_MS).toISOString()
  switch (field.type) {
    case 'integer':
      return String(index + 1)
    case 'decimal':
      return `${index + 1}.50`
    case 'date':
      return day.slice(0, 10)
    case 'datetime':
      return `${day.slice(0, 10)}T09:00:00Z`
    case 'select':
    case 'multiselect':
    case 'category':
      // No values known (categories not fetched, or a free-tag field): a blank is the only safe sample.
      return field.mandatory ? `Sample ${field.label}` : ''
    default:
      return `Sample ${field.label} ${index + 1}`
  }
}
