import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import { deleteItem, getItem, listItems, upsertItems } from '../../generated/index.js'

/** What `items(core)` hands out: item records with their helpers, and the resource's methods. */
export const itemResource = defineCrudResource('item', {
  list: listItems,
  get: getItem,
  upsert: upsertItems,
  remove: deleteItem,
}).searchable()

/** Helpers on an item returned by `items(core)`. */
export type ItemHelpers = CrudRecordHelpersOf<typeof itemResource>

/** An item: every wire field Halo sent, plus non-enumerable helpers. */
export type ItemRecord = CrudRecordOf<typeof itemResource>
