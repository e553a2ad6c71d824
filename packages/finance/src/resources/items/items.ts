import type { HaloCore } from '@halo/core'
import { crudMethods, searchMethods } from '@halo/core/resource'
import { deleteItem, getItem, type Item, listItems, upsertItems } from '../../generated/index.js'
import { itemRecord } from './item-record.js'

/**
 * Products and services sold (`/Item`): `list`, `search`, `get`, `create`, `update`, `delete`, `createMany`, `upsertMany`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { items } from '@halo/finance'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const [laptop] = await items(core).search('laptop', { limit: 5 })
 * if (laptop?.id != null) await items(core).update(laptop.id, { baseprice: 829 })
 * ```
 */
export function items(core: HaloCore) {
  const decorate = (item: Item) => itemRecord(core, item)
  return {
    ...crudMethods(
      core,
      { list: listItems, get: getItem, upsert: upsertItems, remove: deleteItem },
      decorate,
    ),
    ...searchMethods(core, listItems, decorate),
  }
}

export type ItemsResource = ReturnType<typeof items>
