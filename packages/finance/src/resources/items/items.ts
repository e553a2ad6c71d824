import type { HaloCore } from '@halo/core'
import { itemResource } from './item-record.js'

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
  return itemResource.methods(core)
}

export type ItemsResource = ReturnType<typeof items>
