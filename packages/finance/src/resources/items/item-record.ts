import { type HaloCore, withMethods } from '@halo/core'
import {
  type DeleteItemParams,
  deleteItem,
  type GetItemParams,
  getItem,
  type Item,
  upsertItems,
} from '../../generated/index.js'
import { type FinanceRecordHelpers, financeRecordHelpers } from '../shared/record-helpers.js'

/** Helpers on an item returned by `items(core)`. */
export interface ItemHelpers
  extends FinanceRecordHelpers<ItemRecord, Item, GetItemParams, DeleteItemParams> {}

/** An item: every wire field Halo sent, plus non-enumerable helpers. */
export type ItemRecord = Item & ItemHelpers

export function itemRecord(core: HaloCore, item: Item): ItemRecord {
  const decorate = (entity: Item) => itemRecord(core, entity)
  return withMethods(
    item,
    financeRecordHelpers(
      core,
      item,
      'item',
      { get: getItem, upsert: upsertItems, remove: deleteItem },
      decorate,
    ),
  )
}
