import type { HaloCore } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type DeleteSalesOrderParams,
  deleteSalesOrder,
  type GetSalesOrderParams,
  getSalesOrder,
  type SalesOrder,
  upsertSalesOrders,
} from '../../generated/index.js'

/** Helpers on a sales order returned by `salesOrders(core)`. */
export type SalesOrderHelpers = RecordHelpers<SalesOrder, GetSalesOrderParams, DeleteSalesOrderParams>

/** A sales order: every wire field Halo sent, plus non-enumerable helpers. */
export type SalesOrderRecord = HaloRecord<SalesOrder, GetSalesOrderParams, DeleteSalesOrderParams>

export function salesOrderRecord(core: HaloCore, salesOrder: SalesOrder): SalesOrderRecord {
  return recordDecorator(core, 'sales order', {
    get: getSalesOrder,
    upsert: upsertSalesOrders,
    remove: deleteSalesOrder,
  })(salesOrder)
}
