import {
  deleteMethods,
  getMethods,
  type HaloCore,
  listMethods,
  searchMethods,
  writeMethods,
} from '@halo/core'
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
    ...listMethods(core, listPurchaseOrders, decorate),
    ...searchMethods(core, listPurchaseOrders, decorate),
    ...getMethods(core, getPurchaseOrder, decorate),
    ...writeMethods(core, upsertPurchaseOrders, decorate),
    ...deleteMethods(core, deletePurchaseOrder),
  }
}

export type PurchaseOrdersResource = ReturnType<typeof purchaseOrders>
