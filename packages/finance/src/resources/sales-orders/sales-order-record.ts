import { type HaloCore, type RecordHelpers, recordHelpers, withMethods } from '@halo/core'
import {
  type DeleteSalesOrderParams,
  deleteSalesOrder,
  type GetSalesOrderParams,
  getSalesOrder,
  type SalesOrder,
  upsertSalesOrders,
} from '../../generated/index.js'

/** Helpers on a sales order returned by `salesOrders(core)`. */
export interface SalesOrderHelpers
  extends RecordHelpers<SalesOrderRecord, SalesOrder, GetSalesOrderParams, DeleteSalesOrderParams> {}

/** A sales order: every wire field Halo sent, plus non-enumerable helpers. */
export type SalesOrderRecord = SalesOrder & SalesOrderHelpers

export function salesOrderRecord(core: HaloCore, salesOrder: SalesOrder): SalesOrderRecord {
  const decorate = (entity: SalesOrder) => salesOrderRecord(core, entity)
  return withMethods(
    salesOrder,
    recordHelpers(
      core,
      salesOrder,
      'sales order',
      { get: getSalesOrder, upsert: upsertSalesOrders, remove: deleteSalesOrder },
      decorate,
    ),
  )
}
