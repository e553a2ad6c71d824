import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import { deleteSalesOrder, getSalesOrder, listSalesOrders, upsertSalesOrders } from '../../generated/index.js'

/** What `sales-orders(core)` hands out: sales order records with their helpers, and the resource's methods. */
export const salesOrderResource = defineCrudResource('sales order', {
  list: listSalesOrders,
  get: getSalesOrder,
  upsert: upsertSalesOrders,
  remove: deleteSalesOrder,
}).searchable()

/** Helpers on a sales order returned by `salesOrders(core)`. */
export type SalesOrderHelpers = CrudRecordHelpersOf<typeof salesOrderResource>

/** A sales order: every wire field Halo sent, plus non-enumerable helpers. */
export type SalesOrderRecord = CrudRecordOf<typeof salesOrderResource>
