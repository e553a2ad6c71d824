import { salesOrderCrud } from '../../generated/crud-definitions.js'

/** What `sales-orders(core)` hands out: sales order records with their helpers, and the resource's methods. */
export const salesOrderResource = /* @__PURE__ */ salesOrderCrud.searchable()

export type { SalesOrderHelpers, SalesOrderRecord } from '../../generated/crud-definitions.js'
