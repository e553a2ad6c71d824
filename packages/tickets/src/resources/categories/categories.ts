import type { HaloCore, HaloList, RequestOptions } from '@halo/core'
import { deleteMethods, getMethods, listMethods, perCoreNameLookup, writeMethods } from '@halo/core/resource'
import type { Category, ListCategoriesParams } from '../../generated/index.js'
import { deleteCategory, getCategory, listCategories, upsertCategories } from '../../generated/index.js'
import type { CategoryTypeId } from '../../ticket-type-fields/ticket-type-field.js'
import { CATEGORY_TYPE_IDS, checkCategoryTypeId } from './category-tier.js'

/** Every category by tier, as `categories.getAllTypes()` answers it. */
export type CategoriesByType = Record<CategoryTypeId, Category[]>

// Categories are matched by `value` (the full path a ticket's category_n holds, `Hardware>Laptop`) and by
// `category_name` (the last part, `Laptop`); a name shared by two categories is reported as ambiguous.
const categoryNames = perCoreNameLookup<number>({
  kind: 'category',
  load: async (core, scope) => {
    const params: ListCategoriesParams = scope === '' ? {} : { type_id: Number(scope) }
    const rows = await listCategories(core, params)
    return rows.flatMap((category) =>
      typeof category.id === 'number'
        ? [
            { name: category.value, id: category.id },
            { name: category.category_name, id: category.id },
          ]
        : [],
    )
  },
})

/**
 * Ticket categories (`/Category`), in Halo's four tiers (`type_id` 1–4 = Category 1–4). Besides the
 * common methods: `getByType(n)`, `getAllTypes()` and a cached `idOf(name, typeId?)`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { categories } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const laptopId = await categories(core).idOf('Hardware>Laptop', 1)
 * const tierThree = await categories(core).getByType(3)
 * console.log(laptopId, tierThree.map((category) => category.value))
 * ```
 */
export function categories(core: HaloCore) {
  const decorate = (category: Category): Category => category
  const list = listMethods(core, listCategories, decorate).list
  return {
    list,
    ...getMethods(core, getCategory, decorate),
    ...writeMethods(core, upsertCategories, decorate),
    ...deleteMethods(core, deleteCategory),
    /** The categories of one tier: `getByType(3)` is Category 3 (`GET /Category?type_id=3`). */
    getByType(
      typeId: CategoryTypeId,
      params?: Omit<ListCategoriesParams, 'type_id'>,
      options?: RequestOptions,
    ): HaloList<Category> {
      return list({ ...params, type_id: checkCategoryTypeId(typeId, 'getByType') }, options)
    },
    /** All four tiers, one request each: `{ 1: Category[], 2: …, 3: …, 4: … }`. */
    async getAllTypes(
      params?: Omit<ListCategoriesParams, 'type_id'>,
      options?: RequestOptions,
    ): Promise<CategoriesByType> {
      const [one = [], two = [], three = [], four = []] = await Promise.all(
        CATEGORY_TYPE_IDS.map((typeId) => list({ ...params, type_id: typeId }, options)),
      )
      return { 1: one, 2: two, 3: three, 4: four }
    },
    /**
     * The id of the category with this value or name (case-insensitive), within one tier when `typeId` is
     * given. The list is fetched once per tier and cached for five minutes per core.
     */
    async idOf(
      name: string,
      typeId?: CategoryTypeId,
      options?: { readonly signal?: AbortSignal | undefined },
    ): Promise<number> {
      const scope = typeId === undefined ? '' : String(checkCategoryTypeId(typeId, 'idOf'))
      return categoryNames(core, scope).resolve(name, options?.signal)
    },
  }
}

export type CategoriesResource = ReturnType<typeof categories>
