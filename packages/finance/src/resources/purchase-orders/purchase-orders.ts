import type { HaloCore } from '@halo/core'
import { purchaseOrderResource } from './purchase-order-record.js'

/**
 * Purchase orders (`/PurchaseOrder`, Halo's `SupplierOrderHeader`): `list`, `search`, `get`, `create`, `update`, `delete`, `createMany`, `upsertMany`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { purchaseOrders } from '@halo/finance'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const order = await purchaseOrders(core).get(9001)
 * const cableOrders = await purchaseOrders(core).search('cable', { limit: 20 })
 * ```
 */
export function purchaseOrders(core: HaloCore) {
  return purchaseOrderResource.methods(core)
}

export type PurchaseOrdersResource = ReturnType<typeof purchaseOrders>
