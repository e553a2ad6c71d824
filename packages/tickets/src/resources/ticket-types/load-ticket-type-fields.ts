import type { HaloCore, RequestOptions } from '@halo/core'
import type { TicketType } from '../../generated/index.js'
import { getTicketType, listCategories } from '../../generated/index.js'
import { flattenTicketTypeFields } from '../../ticket-type-fields/flatten-ticket-type-fields.js'
import type { HaloCategory, HaloTicketTypeWithFields } from '../../ticket-type-fields/halo-field-shapes.js'
import type { CategoryTypeId, TicketTypeField } from '../../ticket-type-fields/ticket-type-field.js'
import { checkPositiveInteger } from '../shared/record-id.js'

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
  options?: RequestOptions,
): Promise<TicketTypeField[]> {
  const detailed = await withFieldList(core, ticketTypeOrId, options)
  const tiers = categoryTiersOf(flattenTicketTypeFields(detailed))
  const lists = await Promise.all(
    tiers.map(
      async (tier) =>
        [tier, toHaloCategories(await listCategories(core, { type_id: tier }, options))] as const,
    ),
  )
  const categories: Partial<Record<CategoryTypeId, HaloCategory[]>> = Object.fromEntries(lists)
  return flattenTicketTypeFields(detailed, { categories })
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
