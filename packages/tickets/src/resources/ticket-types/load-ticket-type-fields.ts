import type { HaloCore, RequestOptions } from '@halo/core'
import type { TicketType } from '../../generated/index.js'
import { getTicketType, listCategories } from '../../generated/index.js'
import {
  type FlattenTicketTypeFieldsOptions,
  flattenTicketTypeFields,
  lookupListsNeeded,
} from '../../ticket-type-fields/flatten-ticket-type-fields.js'
import type {
  HaloCategory,
  HaloLookupValue,
  HaloTicketTypeWithFields,
} from '../../ticket-type-fields/halo-field-shapes.js'
import type { CategoryTypeId, TicketTypeField } from '../../ticket-type-fields/ticket-type-field.js'
import { checkPositiveInteger } from '../shared/record-id.js'
import { rowsOf } from '../shared/rows-of.js'

/** Options of `ticketType.getFields()` and `validateDraft()`: per-call options, and the mandatory rule. */
export interface LoadTicketTypeFieldsOptions extends RequestOptions {
  /** Overrides which fields are mandatory (see `FlattenTicketTypeFieldsOptions.mandatory`). */
  readonly mandatory?: FlattenTicketTypeFieldsOptions['mandatory']
}

/**
 * A ticket type's fields, flattened (`ticketType.getFields()`):
 * 1. the field list comes with `includedetails=true` only, so a ticket type without `fields` (from a list,
 *    or fetched without details) is fetched again with them;
 * 2. each category tier the type shows is listed (`GET /Category?type_id=n`, in parallel) to fill in the
 *    category fields' allowed values; tiers the type does not show cost no request;
 * 3. `flattenTicketTypeFields` does the rest (groups, off-by-one tier names, lookup values, mandatory).
 */
export async function loadTicketTypeFields(
  core: HaloCore,
  ticketTypeOrId: TicketType | number,
  options: LoadTicketTypeFieldsOptions = {},
): Promise<TicketTypeField[]> {
  const { mandatory, ...requestOptions } = options
  const detailed = await withFieldList(core, ticketTypeOrId, requestOptions)
  const tiers = categoryTiersOf(flattenTicketTypeFields(detailed))
  const [lists, lookupLists] = await Promise.all([
    Promise.all(
      tiers.map(
        async (tier) =>
          [tier, toHaloCategories(await listCategories(core, { type_id: tier }, requestOptions))] as const,
      ),
    ),
    Promise.all(
      lookupListsNeeded(detailed).map(
        async (id) => [id, await lookupListValues(core, id, requestOptions)] as const,
      ),
    ),
  ])
  const categories: Partial<Record<CategoryTypeId, HaloCategory[]>> = Object.fromEntries(lists)
  const lookups: Record<number, readonly HaloLookupValue[]> = Object.fromEntries(lookupLists)
  return flattenTicketTypeFields(detailed, { categories, lookups, mandatory })
}

/** How long a lookup list is reused: lookup values change rarely. */
const LOOKUP_LIST_TTL_MS = 5 * 60_000

// One request per lookup list per core (shared by every ticket type and every call) for five minutes;
// a failed request is forgotten so the next call asks again.
const lookupListsByCore = new WeakMap<
  HaloCore,
  Map<number, { readonly values: Promise<HaloLookupValue[]>; readonly at: number }>
>()

function lookupListValues(core: HaloCore, id: number, options: RequestOptions): Promise<HaloLookupValue[]> {
  let lists = lookupListsByCore.get(core)
  if (!lists) {
    lists = new Map()
    lookupListsByCore.set(core, lists)
  }
  const held = lists.get(id)
  if (held && Date.now() - held.at < LOOKUP_LIST_TTL_MS) return held.values
  // One GET: Halo answers a lookup list whole (a bare array), with no paging.
  const values = core
    .get<unknown>('/Lookup', { ...options, query: { lookupid: id } })
    .then((answer) => rowsOf<HaloLookupValue>(answer, 'lookups'))
  const entry = { values, at: Date.now() }
  lists.set(id, entry)
  values.catch(() => {
    if (lists?.get(id) === entry) lists.delete(id)
  })
  return values
}

async function withFieldList(
  core: HaloCore,
  ticketTypeOrId: TicketType | number,
  options?: RequestOptions,
): Promise<HaloTicketTypeWithFields> {
  if (typeof ticketTypeOrId === 'object' && Array.isArray(ticketTypeOrId.fields)) return ticketTypeOrId
  const id =
    typeof ticketTypeOrId === 'number'
      ? checkPositiveInteger(ticketTypeOrId, 'ticket type id')
      : checkPositiveInteger(ticketTypeOrId.id, 'the ticket type record id')
  return getTicketType(core, { id, includedetails: true }, options)
}

function categoryTiersOf(fields: readonly TicketTypeField[]): CategoryTypeId[] {
  return [
    ...new Set(fields.flatMap((field) => (field.categoryTypeId === null ? [] : [field.categoryTypeId]))),
  ]
}

// The generated type makes `id` optional; a category without one cannot be offered as a value.
function toHaloCategories(
  rows: readonly {
    id?: number | null | undefined
    value?: string | null | undefined
    category_name?: string | null | undefined
    type_id?: number | null | undefined
  }[],
): HaloCategory[] {
  return rows.flatMap((row) => (typeof row.id === 'number' ? [{ ...row, id: row.id }] : []))
}
