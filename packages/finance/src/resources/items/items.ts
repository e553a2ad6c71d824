import {
  deleteMethods,
  getMethods,
  type HaloCore,
  listMethods,
  searchMethods,
  writeMethods,
} from '@halo/core'
import { deleteItem, getItem, type Item, listItems, upsertItems } from '../../generated/index.js'
import { itemRecord } from './item-record.js'

/**
 * Products and services sold (`/Item`): `list`, `search`, `get`, `create`, `update`, `delete`, `createMany`, `upsertMany`.
 */
export function items(core: HaloCore) {
  const decorate = (item: Item) => itemRecord(core, item)
  return {
    ...listMethods(core, listItems, decorate),
    ...searchMethods(core, listItems, decorate),
    ...getMethods(core, getItem, decorate),
    ...writeMethods(core, upsertItems, decorate),
    ...deleteMethods(core, deleteItem),
  }
}

export type ItemsResource = ReturnType<typeof items>
