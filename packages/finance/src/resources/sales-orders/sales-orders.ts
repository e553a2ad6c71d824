import {
  deleteMethods,
  getMethods,
  type HaloCore,
  listMethods,
  searchMethods,
  writeMethods,
} from '@halo/core'
import {
  deleteSalesOrder,
  getSalesOrder,
  listSalesOrders,
  type SalesOrder,
  upsertSalesOrders,
} from '../../generated/index.js'
import { salesOrderRecord } from './sales-order-record.js'

/**
 * Sales orders (`/SalesOrder`, Halo's `OrderHead`): `list`, `search`, `get`, `create`, `update`, `delete`, `createMany`, `upsertMany`.
 */
export function salesOrders(core: HaloCore) {
  const decorate = (salesOrder: SalesOrder) => salesOrderRecord(core, salesOrder)
  return {
    ...listMethods(core, listSalesOrders, decorate),
    ...searchMethods(core, listSalesOrders, decorate),
    ...getMethods(core, getSalesOrder, decorate),
    ...writeMethods(core, upsertSalesOrders, decorate),
    ...deleteMethods(core, deleteSalesOrder),
  }
}

export type SalesOrdersResource = ReturnType<typeof salesOrders>
