import type {
  CustomFieldEntry,
  CustomFieldUpdateBody,
  CustomFieldWrite,
  RecordWithCustomFields,
} from './custom-field-types.js'

/** A custom field is named by its `name` (`'CFimpact'`) or its numeric `id`. */
export type CustomFieldKey = string | number

/**
 * Builds the POST body that changes custom fields of `record` while keeping every other custom field.
 *
 * Why the others are re-posted: Halo clears custom fields that are missing from a `customfields` update,
 * so a body carrying only the changed field would wipe the rest. That is also why this throws when the
 * record has no `customfields` array (fetched without `includedetails=true`): the body cannot be built
 * safely from a record that does not know its current values.
 */
export function setCustomFields(
  record: RecordWithCustomFields,
  changes: ReadonlyMap<CustomFieldKey, unknown> | Readonly<Record<string, unknown>>,
): CustomFieldUpdateBody {
  const current = record.customfields
  if (!Array.isArray(current)) {
    throw new TypeError(
      'setCustomField: the record has no customfields array, so its other custom fields cannot be re-posted and Halo would clear them. Fetch the record with includedetails=true first.',
    )
  }
  const entries: readonly CustomFieldEntry[] = current
  const writes: CustomFieldWrite[] = entries.map(toWrite)
  const pairs = changes instanceof Map ? [...changes.entries()] : Object.entries(changes)
  for (const [key, value] of pairs) {
    const index = findEntryIndex(entries, key)
    const existing = index === -1 ? undefined : writes[index]
    if (existing) existing.value = value
    else writes.push(typeof key === 'number' ? { id: key, value } : { name: key, value })
  }
  const body: CustomFieldUpdateBody = { customfields: writes }
  if (typeof record.id === 'number' || typeof record.id === 'string') body.id = record.id
  return body
}

/** `setCustomFields` for one field: `setCustomField(ticket, 'CFimpact', 2)`. */
export function setCustomField(
  record: RecordWithCustomFields,
  nameOrId: CustomFieldKey,
  value: unknown,
): CustomFieldUpdateBody {
  return setCustomFields(record, new Map([[nameOrId, value]]))
}

function toWrite(entry: CustomFieldEntry): CustomFieldWrite {
  const write: CustomFieldWrite = { value: entry.value ?? null }
  if (typeof entry.id === 'number') write.id = entry.id
  if (typeof entry.name === 'string' && entry.name !== '') write.name = entry.name
  return write
}

// Exact name first, then a case-insensitive match (CFImpact vs CFimpact), because users type names by hand.
function findEntryIndex(entries: readonly CustomFieldEntry[], key: CustomFieldKey): number {
  if (typeof key === 'number') return entries.findIndex((entry) => entry.id === key)
  const exact = entries.findIndex((entry) => entry.name === key)
  if (exact !== -1) return exact
  const lower = key.toLowerCase()
  return entries.findIndex((entry) => typeof entry.name === 'string' && entry.name.toLowerCase() === lower)
}
