import type { HaloCore } from '@halo/core'
import { crudMethods, searchMethods } from '@halo/core/resource'
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
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { salesOrders } from '@halo/finance'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const northwind = await salesOrders(core).list({ client_id: 11 })
 * const order = await salesOrders(core).get(9501)
 * ```
 */
export function salesOrders(core: HaloCore) {
  const decorate = (salesOrder: SalesOrder) => salesOrderRecord(core, salesOrder)
  return {
    ...crudMethods(
      core,
      { list: listSalesOrders, get: getSalesOrder, upsert: upsertSalesOrders, remove: deleteSalesOrder },
      decorate,
    ),
    ...searchMethods(core, listSalesOrders, decorate),
  }
}

export type SalesOrdersResource = ReturnType<typeof salesOrders>
