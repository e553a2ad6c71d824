import { supplierCrud } from '../../generated/crud-definitions.js'

/** What `suppliers(core)` hands out: supplier records with their helpers, and the resource's methods. */
export const supplierResource = /* @__PURE__ */ supplierCrud.searchable()

export type { SupplierHelpers, SupplierRecord } from '../../generated/crud-definitions.js'
