import type { HaloFieldInfo } from './halo-field-shapes.js'
import type { CategoryTypeId } from './ticket-type-field.js'

/*
 * Halo names the category fields one higher than their tier: field 5 `category2` is "Category (Category 1)",
 * field 6 `category3` is "Category 2" (relabelled "Closure Code" in the captured tenant, labellong
 * "Closure Code (Category 2)"), and so on up to `category5` = Category 4. The ticket keys are not shifted:
 * tier n is `category_n` on a ticket and `type_id=n` on `GET /Category`.
 */
const TIER_BY_FIELD_NAME: Readonly<Record<string, CategoryTypeId>> = {
  category2: 1,
  category3: 2,
  category4: 3,
  category5: 4,
}

/** The category tier a field stands for, or `null` when it is not a category field. */
export function categoryTierOf(info: HaloFieldInfo): CategoryTypeId | null {
  for (const candidate of [info.name, info.faults_field_name]) {
    const tier = typeof candidate === 'string' ? TIER_BY_FIELD_NAME[candidate.toLowerCase()] : undefined
    if (tier) return tier
  }
  return null
}

/** The CSV column for a tier: `Category`, `Category2`, `Category3`, `Category4` (Halo's import headings). */
export function categoryCsvColumnName(tier: CategoryTypeId): string {
  return tier === 1 ? 'Category' : `Category${tier}`
}

/** The draft/ticket key holding tier n's value: `category_1` … `category_4`. */
export function categoryDraftKey(tier: CategoryTypeId): `category_${CategoryTypeId}` {
  return `category_${tier}`
}
