import { categoryCsvColumnName, categoryTierOf } from './category-tier.js'
import { fieldTypeOf } from './field-type.js'
import type {
  HaloCategory,
  HaloFieldInfo,
  HaloLookupValue,
  HaloRequestTypeField,
  HaloTicketTypeWithFields,
} from './halo-field-shapes.js'
import type { CategoryTypeId, LookupValue, TicketTypeField } from './ticket-type-field.js'

export interface FlattenTicketTypeFieldsOptions {
  /**
   * Categories per tier, as `GET /Category?type_id=n` returns them; they become the category fields'
   * `lookupValues`. A tier left out gives that field no values.
   */
  categories?: Partial<Record<CategoryTypeId, readonly HaloCategory[]>> | undefined
  /**
   * Values of lookup lists by list id, as `GET /Lookup?lookupid=n` returns them: a select or multi-select
   * field that points at a list (`fieldinfo.lookup`) and carries no values of its own offers these.
   */
  lookups?: Readonly<Record<number, readonly HaloLookupValue[]>> | undefined
  /**
   * Decides whether a field is mandatory, given the field with `mandatory` as inferred (see
   * `readMandatory`). For a tenant whose settings the inference misreads:
   * `mandatory: (field) => field.mandatory || field.name === 'CFcostCentre'`.
   */
  mandatory?: ((field: Readonly<TicketTypeField>) => boolean) | undefined
}

/** The audience flag value meaning "mandatory" (see `readMandatory`). */
const MANDATORY_FLAG = 2

/**
 * Flattens a ticket type's field list (fetched with `includedetails=true`) into `TicketTypeField`s.
 *
 * Rows with `fieldid` 0 are group containers whose `group.fields` hold the real rows, and groups may
 * nest; the result lists fields depth-first in Halo's `seq` order. A field that appears twice (the
 * captured tenant shows Team both inside the Details group and at the top level) is listed once, at its
 * first position, and is mandatory if either occurrence is.
 */
export function flattenTicketTypeFields(
  ticketType: HaloTicketTypeWithFields,
  options: FlattenTicketTypeFieldsOptions = {},
): TicketTypeField[] {
  const byId = new Map<number, TicketTypeField>()
  const usedColumns = new Set<string>()
  for (const row of leafRows(ticketType.fields ?? [])) {
    const info = row.fieldinfo
    const id = info?.id ?? row.fieldid
    if (!info || typeof id !== 'number') continue
    const existing = byId.get(id)
    if (existing) {
      existing.mandatory ||= readMandatory(row, info)
      continue
    }
    const field = toField(id, row, info, ticketType, options)
    field.csvColumnName = uniqueColumn(field.csvColumnName, id, usedColumns)
    byId.set(id, field)
  }
  const fields = [...byId.values()]
  const decide = options.mandatory
  if (decide) for (const field of fields) field.mandatory = decide(field)
  return fields
}

/**
 * The lookup lists a ticket type's select and multi-select fields point at without carrying values of
 * their own: what `flattenTicketTypeFields` needs in `options.lookups` to offer every field's choices.
 */
export function lookupListsNeeded(ticketType: HaloTicketTypeWithFields): number[] {
  const ids = new Set<number>()
  for (const row of leafRows(ticketType.fields ?? [])) {
    const info = row.fieldinfo
    if (info && categoryTierOf(info) === null && needsLookupList(info)) ids.add(info.lookup as number)
  }
  return [...ids]
}

function needsLookupList(info: HaloFieldInfo): boolean {
  const choice = info.type === 2 || info.type === 3
  return choice && typeof info.lookup === 'number' && info.lookup > 0 && (info.values ?? []).length === 0
}

/**
 * Whether a field is required when an agent creates a ticket. Halo does not document its audience flags,
 * so this is read from the captured tenant and is the least certain part of the mapping:
 * - `technew` (agent, new ticket) is 2 on Summary and Details, which Halo always requires, and 0/1 on fields
 *   an agent may leave empty; so 2 is taken to mean "mandatory". (Closure Code carries `techdetail` 4,
 *   plausibly "mandatory on closure"; that does not concern a new ticket and is ignored.)
 * - `fieldinfo.mandatory === true` (a field required everywhere) also counts. It is `false` or absent on
 *   every captured field, so its effect is unverified.
 * End-user flags (`endusernew`) are not used: the API acts as an agent.
 */
export function readMandatory(row: HaloRequestTypeField, info: HaloFieldInfo): boolean {
  return row.technew === MANDATORY_FLAG || info.mandatory === true
}

function* leafRows(rows: readonly HaloRequestTypeField[]): Generator<HaloRequestTypeField> {
  for (const row of bySeq(rows)) {
    const nested = row.group?.fields
    if (row.fieldid === 0 || (row.fieldinfo == null && nested)) {
      yield* leafRows(nested ?? [])
    } else {
      yield row
    }
  }
}

// Stable: rows without a seq keep their place relative to each other.
function bySeq(rows: readonly HaloRequestTypeField[]): HaloRequestTypeField[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (a.row.seq ?? 0) - (b.row.seq ?? 0) || a.index - b.index)
    .map(({ row }) => row)
}

function toField(
  id: number,
  row: HaloRequestTypeField,
  info: HaloFieldInfo,
  ticketType: HaloTicketTypeWithFields,
  options: FlattenTicketTypeFieldsOptions,
): TicketTypeField {
  const tier = categoryTierOf(info)
  const name = fieldName(id, info)
  return {
    id,
    name,
    label: nonBlank(row.override_fieldname) ?? nonBlank(info.label) ?? name,
    type: tier ? 'category' : fieldTypeOf(info),
    mandatory: readMandatory(row, info),
    isCategory: tier !== null,
    categoryTypeId: tier,
    csvColumnName: tier ? categoryCsvColumnName(tier) : name,
    lookupValues: tier ? categoryValues(tier, ticketType, options) : lookupValues(info, options),
  }
}

// Some system fields are named "N/A" (Asset, Followers); fall back to the ticket column, then the label.
function fieldName(id: number, info: HaloFieldInfo): string {
  const name = nonBlank(info.name)
  if (name && name !== 'N/A') return name
  return nonBlank(info.faults_field_name) ?? nonBlank(info.label) ?? `field${id}`
}

function lookupValues(info: HaloFieldInfo, options: FlattenTicketTypeFieldsOptions): LookupValue[] {
  const own = info.values ?? []
  const values = needsLookupList(info) ? (options.lookups?.[info.lookup as number] ?? []) : own
  return values.flatMap((value) =>
    typeof value.id === 'number' && value.inactive !== true
      ? [{ id: value.id, label: nonBlank(value.name) ?? String(value.id) }]
      : [],
  )
}

function categoryValues(
  tier: CategoryTypeId,
  ticketType: HaloTicketTypeWithFields,
  options: FlattenTicketTypeFieldsOptions,
): LookupValue[] {
  const allowed = allowedCategoryIds(tier, ticketType)
  return (options.categories?.[tier] ?? []).flatMap((category) =>
    (category.type_id == null || category.type_id === tier) && (!allowed || allowed.has(category.id))
      ? [
          {
            id: category.id,
            label: nonBlank(category.value) ?? nonBlank(category.category_name) ?? String(category.id),
          },
        ]
      : [],
  )
}

// A ticket type may restrict a tier to some categories (`allowall_categoryN: false` + `allowed_categoryN`).
function allowedCategoryIds(
  tier: CategoryTypeId,
  ticketType: HaloTicketTypeWithFields,
): Set<number> | undefined {
  if (ticketType[`allowall_category${tier}`] !== false) return undefined
  const allowed = ticketType[`allowed_category${tier}`]
  if (!allowed || allowed.length === 0) return undefined
  return new Set(
    allowed.flatMap((entry) => (typeof entry.category_id === 'number' ? [entry.category_id] : [])),
  )
}

function uniqueColumn(column: string, id: number, used: Set<string>): string {
  const unique = used.has(column.toLowerCase()) ? `${column} (${id})` : column
  used.add(unique.toLowerCase())
  return unique
}

function nonBlank(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim()
  return trimmed ? trimmed : undefined
}
