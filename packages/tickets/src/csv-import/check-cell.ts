import type { LookupValue, TicketTypeField } from '../ticket-type-fields/ticket-type-field.js'
import { MULTI_VALUE_SEPARATOR } from './import-row.js'

const INTEGER = /^[-+]?\d+$/
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/
// ISO 8601 as Halo writes dates: a calendar date, optionally with a time and a zone.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * Why a non-empty cell value is not acceptable for a field, or `undefined` when it is.
 * Lookup and category values may be given by label (any case) or by id.
 */
export function checkCellValue(field: TicketTypeField, value: string): string | undefined {
  if (field.lookupValues.length > 0) {
    const parts = field.type === 'multiselect' ? splitMultiValue(value) : [value]
    const unknown = parts.filter((part) => findLookupValue(field.lookupValues, part) === undefined)
    if (unknown.length === 0) return undefined
    return `${unknown.map((part) => JSON.stringify(part)).join(', ')} ${unknown.length === 1 ? 'is not an allowed value' : 'are not allowed values'} of "${field.label}". Allowed: ${allowedPreview(field.lookupValues)}`
  }
  switch (field.type) {
    case 'integer':
      return INTEGER.test(value)
        ? undefined
        : `"${field.label}" must be a whole number, got ${JSON.stringify(value)}`
    case 'decimal':
      return DECIMAL.test(value)
        ? undefined
        : `"${field.label}" must be a number such as 12.50, got ${JSON.stringify(value)}`
    case 'date':
    case 'datetime':
      return isIsoDate(value)
        ? undefined
        : `"${field.label}" must be an ISO 8601 date (YYYY-MM-DD, optionally with a time such as 2024-06-20T14:45:00Z), got ${JSON.stringify(value)}`
    default:
      return undefined
  }
}

/** The lookup value a cell names, by label (case-insensitive, trimmed) or by numeric id. */
export function findLookupValue(values: readonly LookupValue[], text: string): LookupValue | undefined {
  const wanted = text.trim().toLowerCase()
  const byLabel = values.find((value) => value.label.trim().toLowerCase() === wanted)
  if (byLabel) return byLabel
  return INTEGER.test(wanted) ? values.find((value) => value.id === Number(wanted)) : undefined
}

export function splitMultiValue(value: string): string[] {
  return value
    .split(MULTI_VALUE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [, y, m, d, hh = '0', mm = '0', ss = '0'] = match
  const year = Number(y)
  const month = Number(m)
  const day = Number(d)
  // Date.UTC rolls 2024-02-30 over to March; comparing back catches impossible dates.
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    Number(hh) < 24 &&
    Number(mm) < 60 &&
    Number(ss) < 60
  )
}

function allowedPreview(values: readonly LookupValue[]): string {
  const shown = values.slice(0, 10).map((value) => value.label)
  return values.length > 10
    ? `${shown.join(', ')} … (${values.length} in all; see the lookup export)`
    : shown.join(', ')
}
