import type { CategoryTypeId } from '../../ticket-type-fields/ticket-type-field.js'

/** Halo's four category tiers, `type_id` 1–4 on `GET /Category` (docs/halo-api.md, "Categories"). */
export const CATEGORY_TYPE_IDS: readonly CategoryTypeId[] = [1, 2, 3, 4]

/** Checks a tier number: anything but 1–4 would list nothing (or everything), silently. */
export function checkCategoryTypeId(value: unknown, method: string): CategoryTypeId {
  if (value === 1 || value === 2 || value === 3 || value === 4) return value
  throw new RangeError(
    `categories.${method}: the category type must be 1, 2, 3 or 4 (Halo's Category 1–4), got ${JSON.stringify(value) ?? String(value)}`,
  )
}
