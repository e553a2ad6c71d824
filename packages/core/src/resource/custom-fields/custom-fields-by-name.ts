import type { RecordWithCustomFields } from './custom-field-types.js'

export interface CustomFieldsByNameOptions {
  /**
   * `'value'` (default) gives what Halo stores (a lookup id for a selection field, an ISO date …);
   * `'display'` gives what Halo shows (the lookup's label, a formatted date).
   */
  use?: 'value' | 'display' | undefined
}

/**
 * Reads a record's custom fields as a `name → value` map, e.g. `{ CFimpact: 3 }`.
 *
 * Entries without a name are skipped. A record fetched without `includedetails` may carry no
 * `customfields` at all; that gives an empty map rather than an error, since reading is harmless
 * (writing is not: see `setCustomField`).
 */
export function customFieldsByName(
  record: RecordWithCustomFields,
  options: CustomFieldsByNameOptions = {},
): Record<string, unknown> {
  const use = options.use ?? 'value'
  // Object.fromEntries defines own data properties, so a field named "__proto__" cannot reach a prototype.
  return Object.fromEntries(
    (record.customfields ?? []).flatMap((entry) =>
      typeof entry.name === 'string' && entry.name !== '' ? [[entry.name, entry[use]] as const] : [],
    ),
  )
}
