import type { HaloCore } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type DeletePurchaseOrderParams,
  deletePurchaseOrder,
  type GetPurchaseOrderParams,
  getPurchaseOrder,
  type PurchaseOrder,
  upsertPurchaseOrders,
} from '../../generated/index.js'

/** Helpers on a purchase order returned by `purchaseOrders(core)`. */
export type PurchaseOrderHelpers = RecordHelpers<
  PurchaseOrder,
  GetPurchaseOrderParams,
  DeletePurchaseOrderParams
>

/** A purchase order: every wire field Halo sent, plus non-enumerable helpers. */
export type PurchaseOrderRecord = HaloRecord<PurchaseOrder, GetPurchaseOrderParams, DeletePurchaseOrderParams>

export function purchaseOrderRecord(core: HaloCore, purchaseOrder: PurchaseOrder): PurchaseOrderRecord {
  return recordDecorator(core, 'purchase order', {
    get: getPurchaseOrder,
    upsert: upsertPurchaseOrders,
    remove: deletePurchaseOrder,
  })(purchaseOrder)
}
