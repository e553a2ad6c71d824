/** One selectable value of a lookup or category field. */
export interface LookupValue {
  id: number
  label: string
}

/** Halo's four category tiers (`Category` … `Category4`, ticket keys `category_1` … `category_4`). */
export type CategoryTypeId = 1 | 2 | 3 | 4

/**
 * What kind of value a field takes, read from Halo's undocumented `FieldInfo.type` and `inputtype` codes
 * (docs/halo-api.md, "Ticket types and their fields" lists those observed). `'system'` is a built-in field such as Agent or Team whose value is
 * chosen from another entity; `'unknown'` is a code not observed yet.
 */
export type TicketTypeFieldType =
  | 'text'
  | 'multiline'
  | 'richtext'
  | 'integer'
  | 'decimal'
  | 'select'
  | 'multiselect'
  | 'date'
  | 'datetime'
  | 'category'
  | 'system'
  | 'unknown'

/** A field of a ticket type, with Halo's groups flattened away (`ticketType.getFields()`). */
export interface TicketTypeField {
  /** `FieldInfo.id` (the row's `fieldid`). Custom fields are posted with this id or with `name`. */
  id: number
  /** Halo's field name: `symptom` (Summary), `category2` (Category 1), `CFimpact` … */
  name: string
  /** What the user sees: the ticket type's override, else the field label. */
  label: string
  type: TicketTypeFieldType
  /** Required when an agent creates a ticket of this type (see `readMandatory` for how it is read). */
  mandatory: boolean
  isCategory: boolean
  /** 1–4 for the category tiers, `null` otherwise. */
  categoryTypeId: CategoryTypeId | null
  /** `'Category'`, `'Category2'`, `'Category3'`, `'Category4'` for the tiers, the field name otherwise. */
  csvColumnName: string
  /** Allowed values of lookup and category fields; empty for every other field. */
  lookupValues: LookupValue[]
}
