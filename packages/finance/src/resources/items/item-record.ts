import type { HaloCore } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type DeleteItemParams,
  deleteItem,
  type GetItemParams,
  getItem,
  type Item,
  upsertItems,
} from '../../generated/index.js'

/** Helpers on an item returned by `items(core)`. */
export type ItemHelpers = RecordHelpers<Item, GetItemParams, DeleteItemParams>

/** An item: every wire field Halo sent, plus non-enumerable helpers. */
export type ItemRecord = HaloRecord<Item, GetItemParams, DeleteItemParams>

export function itemRecord(core: HaloCore, item: Item): ItemRecord {
  return recordDecorator(core, 'item', { get: getItem, upsert: upsertItems, remove: deleteItem })(item)
}
