import {
  deleteMethods,
  getMethods,
  type HaloCore,
  listMethods,
  searchMethods,
  writeMethods,
} from '@halo/core'
import {
  type Company,
  deleteSupplier,
  getSupplier,
  listSuppliers,
  upsertSuppliers,
} from '../../generated/index.js'
import { supplierRecord } from './supplier-record.js'

/**
 * Suppliers (`/Supplier`, Halo's `Company`): `list`, `search`, `get`, `create`, `update`, `delete`, `createMany`, `upsertMany`.
 */
export function suppliers(core: HaloCore) {
  const decorate = (supplier: Company) => supplierRecord(core, supplier)
  return {
    ...listMethods(core, listSuppliers, decorate),
    ...searchMethods(core, listSuppliers, decorate),
    ...getMethods(core, getSupplier, decorate),
    ...writeMethods(core, upsertSuppliers, decorate),
    ...deleteMethods(core, deleteSupplier),
  }
}

export type SuppliersResource = ReturnType<typeof suppliers>
