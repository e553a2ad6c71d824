import { type HaloCore, type RecordHelpers, recordHelpers, withMethods } from '@halo/core'
import {
  type DeleteItemParams,
  deleteItem,
  type GetItemParams,
  getItem,
  type Item,
  upsertItems,
} from '../../generated/index.js'

/** Helpers on an item returned by `items(core)`. */
export interface ItemHelpers extends RecordHelpers<ItemRecord, Item, GetItemParams, DeleteItemParams> {}

/** An item: every wire field Halo sent, plus non-enumerable helpers. */
export type ItemRecord = Item & ItemHelpers

export function itemRecord(core: HaloCore, item: Item): ItemRecord {
  const decorate = (entity: Item) => itemRecord(core, entity)
  return withMethods(
    item,
    recordHelpers(core, item, 'item', { get: getItem, upsert: upsertItems, remove: deleteItem }, decorate),
  )
}
