import { crudMethods, type HaloCore, searchMethods } from '@halo/core'
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
    ...crudMethods(
      core,
      { list: listSuppliers, get: getSupplier, upsert: upsertSuppliers, remove: deleteSupplier },
      decorate,
    ),
    ...searchMethods(core, listSuppliers, decorate),
  }
}

export type SuppliersResource = ReturnType<typeof suppliers>
