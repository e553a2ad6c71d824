import { crudMethods, type HaloCore, searchMethods } from '@halo/core'
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
