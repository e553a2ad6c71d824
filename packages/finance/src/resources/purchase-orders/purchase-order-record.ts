import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import {
  deletePurchaseOrder,
  getPurchaseOrder,
  listPurchaseOrders,
  upsertPurchaseOrders,
} from '../../generated/index.js'

/** What `purchase-orders(core)` hands out: purchase order records with their helpers, and the resource's methods. */
export const purchaseOrderResource = defineCrudResource('purchase order', {
  list: listPurchaseOrders,
  get: getPurchaseOrder,
  upsert: upsertPurchaseOrders,
  remove: deletePurchaseOrder,
}).searchable()

/** Helpers on a purchase order returned by `purchaseOrders(core)`. */
export type PurchaseOrderHelpers = CrudRecordHelpersOf<typeof purchaseOrderResource>

/** A purchase order: every wire field Halo sent, plus non-enumerable helpers. */
export type PurchaseOrderRecord = CrudRecordOf<typeof purchaseOrderResource>
