import { draftLocationOf } from '../ticket-type-fields/draft-keys.js'
import type { TicketTypeField } from '../ticket-type-fields/ticket-type-field.js'
import { findLookupValue, splitMultiValue } from './check-cell.js'
import type { ImportValues } from './import-row.js'

/** A cell `importRowToDraft` could not place, for the caller to resolve (e.g. an agent name to an id). */
export interface UnresolvedImportValue {
  field: TicketTypeField
  value: string
}

export interface ImportDraft {
  /** Wire keys of a ticket (`summary`, `category_1`, `customfields` …), ready for `tickets.create`. */
  draft: Record<string, unknown>
  unresolved: UnresolvedImportValue[]
}

const INTEGER = /^[-+]?\d+$/

/**
 * Turns one validated import row into a ticket draft with Halo's wire keys.
 *
 * - Category tier n → `category_n` holding the category's text (what a ticket's `category_n` carries),
 *   given by label or id in the file.
 * - Custom fields → `customfields: [{ id, name, value }]`; a single select posts the lookup id (as the
 *   captured ticket's `CFimpact: 3` shows), numbers post as numbers, dates as the ISO text. A multi select
 *   posts an array of lookup ids: Halo's format for those is not captured, so treat it as unverified.
 * - Other system fields → their ticket key (`symptom` → `summary`). An `…_id` key given a name rather
 *   than a number (an agent called "Ann") goes to `unresolved`, since resolving names needs Halo.
 * Empty cells are left out, so Halo applies the ticket type's defaults.
 */
export function importRowToDraft(fields: readonly TicketTypeField[], values: ImportValues): ImportDraft {
  const draft: Record<string, unknown> = {}
  const customfields: { id: number; name: string; value: unknown }[] = []
  const unresolved: UnresolvedImportValue[] = []
  for (const field of fields) {
    const value = values[field.csvColumnName]?.trim()
    if (!value) continue
    const location = draftLocationOf(field)
    if (location.kind === 'customfield') {
      customfields.push({ id: field.id, name: field.name, value: customFieldValue(field, value) })
      continue
    }
    const [key] = location.keys
    if (!key) continue
    if (field.isCategory) {
      draft[key] = findLookupValue(field.lookupValues, value)?.label ?? value
    } else if (key.endsWith('_id')) {
      if (INTEGER.test(value)) draft[key] = Number(value)
      else unresolved.push({ field, value })
    } else {
      draft[key] = value
    }
  }
  if (customfields.length > 0) draft.customfields = customfields
  return { draft, unresolved }
}

function customFieldValue(field: TicketTypeField, value: string): unknown {
  if (field.lookupValues.length > 0) {
    if (field.type === 'multiselect') {
      return splitMultiValue(value).map((part) => findLookupValue(field.lookupValues, part)?.id ?? part)
    }
    return findLookupValue(field.lookupValues, value)?.id ?? value
  }
  if (field.type === 'integer' || field.type === 'decimal') {
    const number = Number(value)
    return Number.isFinite(number) ? number : value
  }
  return value
}
