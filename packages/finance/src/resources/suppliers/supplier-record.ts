import { type HaloCore, type RecordHelpers, recordHelpers, withMethods } from '@halo/core'
import {
  type Company,
  type DeleteSupplierParams,
  deleteSupplier,
  type GetSupplierParams,
  getSupplier,
  upsertSuppliers,
} from '../../generated/index.js'

/** Helpers on a supplier returned by `suppliers(core)`. */
export interface SupplierHelpers
  extends RecordHelpers<SupplierRecord, Company, GetSupplierParams, DeleteSupplierParams> {}

/** A supplier: every wire field Halo sent, plus non-enumerable helpers. */
export type SupplierRecord = Company & SupplierHelpers

export function supplierRecord(core: HaloCore, supplier: Company): SupplierRecord {
  const decorate = (entity: Company) => supplierRecord(core, entity)
  return withMethods(
    supplier,
    recordHelpers(
      core,
      supplier,
      'supplier',
      { get: getSupplier, upsert: upsertSuppliers, remove: deleteSupplier },
      decorate,
    ),
  )
}
