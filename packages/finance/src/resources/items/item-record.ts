import { itemCrud } from '../../generated/crud-definitions.js'

/** What `items(core)` hands out: item records with their helpers, and the resource's methods. */
export const itemResource = /* @__PURE__ */ itemCrud.searchable()

export type { ItemHelpers, ItemRecord } from '../../generated/crud-definitions.js'
