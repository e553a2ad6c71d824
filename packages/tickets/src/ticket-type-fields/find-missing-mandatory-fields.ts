import { draftLocationOf } from './draft-keys.js'
import type { TicketTypeField } from './ticket-type-field.js'

/** A ticket about to be posted, with Halo's wire keys (`summary`, `category_1`, `customfields` …). */
export type TicketDraft = Readonly<Record<string, unknown>>

interface DraftCustomField {
  id?: unknown
  name?: unknown
  value?: unknown
}

/**
 * The mandatory fields a draft ticket lacks, in field order (`ticketTypes.validateDraft(draft)`), so a
 * caller can refuse a POST that Halo would reject or, worse, accept with blanks.
 *
 * Empty means `undefined`, `null`, a blank string or an empty array; for `…_id` keys also 0 or less, which
 * Halo uses for "none". Custom fields are matched in `draft.customfields` by id or name (any case).
 */
export function findMissingMandatoryFields(
  fields: readonly TicketTypeField[],
  draft: TicketDraft,
): TicketTypeField[] {
  return fields.filter((field) => field.mandatory && !hasValue(field, draft))
}

function hasValue(field: TicketTypeField, draft: TicketDraft): boolean {
  const location = draftLocationOf(field)
  if (location.kind === 'key') return location.keys.some((key) => isFilled(key, draft[key]))
  const lowerName = location.name.toLowerCase()
  return customFields(draft).some(
    (entry) =>
      (entry.id === location.id ||
        (typeof entry.name === 'string' && entry.name.toLowerCase() === lowerName)) &&
      isFilled('', entry.value),
  )
}

function customFields(draft: TicketDraft): DraftCustomField[] {
  const entries = draft.customfields
  return Array.isArray(entries)
    ? entries.filter((entry): entry is DraftCustomField => typeof entry === 'object' && entry !== null)
    : []
}

function isFilled(key: string, value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'number' && key.endsWith('_id')) return value > 0
  return true
}
