import type { HaloCore } from '@halo/core'
import { crudMethods, searchMethods } from '@halo/core/resource'
import {
  deletePurchaseOrder,
  getPurchaseOrder,
  listPurchaseOrders,
  type PurchaseOrder,
  upsertPurchaseOrders,
} from '../../generated/index.js'
import { purchaseOrderRecord } from './purchase-order-record.js'

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
  const decorate = (purchaseOrder: PurchaseOrder) => purchaseOrderRecord(core, purchaseOrder)
  return {
    ...crudMethods(
      core,
      {
        list: listPurchaseOrders,
        get: getPurchaseOrder,
        upsert: upsertPurchaseOrders,
        remove: deletePurchaseOrder,
      },
      decorate,
    ),
    ...searchMethods(core, listPurchaseOrders, decorate),
  }
}

export type PurchaseOrdersResource = ReturnType<typeof purchaseOrders>
