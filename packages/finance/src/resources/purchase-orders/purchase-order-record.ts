import { type HaloCore, type RecordHelpers, recordHelpers, withMethods } from '@halo/core'
import {
  type DeletePurchaseOrderParams,
  deletePurchaseOrder,
  type GetPurchaseOrderParams,
  getPurchaseOrder,
  type PurchaseOrder,
  upsertPurchaseOrders,
} from '../../generated/index.js'

/** Helpers on a purchase order returned by `purchaseOrders(core)`. */
export interface PurchaseOrderHelpers
  extends RecordHelpers<
    PurchaseOrderRecord,
    PurchaseOrder,
    GetPurchaseOrderParams,
    DeletePurchaseOrderParams
  > {}

/** A purchase order: every wire field Halo sent, plus non-enumerable helpers. */
export type PurchaseOrderRecord = PurchaseOrder & PurchaseOrderHelpers

export function purchaseOrderRecord(core: HaloCore, purchaseOrder: PurchaseOrder): PurchaseOrderRecord {
  const decorate = (entity: PurchaseOrder) => purchaseOrderRecord(core, entity)
  return withMethods(
    purchaseOrder,
    recordHelpers(
      core,
      purchaseOrder,
      'purchase order',
      { get: getPurchaseOrder, upsert: upsertPurchaseOrders, remove: deletePurchaseOrder },
      decorate,
    ),
  )
}
