/**
 * One entry of a record's `customfields` array as Halo returns it (tickets, assets, clients, users …).
 * Only the keys this toolkit reads are listed; the rest (label, type, display …) pass through untouched.
 */
export interface CustomFieldEntry {
  id?: number | null | undefined
  name?: string | null | undefined
  value?: unknown
  display?: unknown
}

/** Any Halo record that may carry custom fields. */
export interface RecordWithCustomFields {
  id?: number | string | null | undefined
  customfields?: readonly CustomFieldEntry[] | null | undefined
}

/** How a custom field value is written back: Halo matches by `id` or by `name`. */
export interface CustomFieldWrite {
  id?: number
  name?: string
  value: unknown
}

/** The body to POST (inside the usual array) to update custom fields of one record. */
export interface CustomFieldUpdateBody {
  id?: number | string
  customfields: CustomFieldWrite[]
}
