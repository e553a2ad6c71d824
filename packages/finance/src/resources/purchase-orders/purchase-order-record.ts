import { purchaseOrderCrud } from '../../generated/crud-definitions.js'

/** What `purchase-orders(core)` hands out: purchase order records with their helpers, and the resource's methods. */
export const purchaseOrderResource = /* @__PURE__ */ purchaseOrderCrud.searchable()

export type { PurchaseOrderHelpers, PurchaseOrderRecord } from '../../generated/crud-definitions.js'
