import { type HaloCore, withMethods } from '@halo/core'
import {
  type Company,
  type DeleteSupplierParams,
  deleteSupplier,
  type GetSupplierParams,
  getSupplier,
  upsertSuppliers,
} from '../../generated/index.js'
import { type FinanceRecordHelpers, financeRecordHelpers } from '../shared/record-helpers.js'

/** Helpers on a supplier returned by `suppliers(core)`. */
export interface SupplierHelpers
  extends FinanceRecordHelpers<SupplierRecord, Company, GetSupplierParams, DeleteSupplierParams> {}

/** A supplier: every wire field Halo sent, plus non-enumerable helpers. */
export type SupplierRecord = Company & SupplierHelpers

export function supplierRecord(core: HaloCore, supplier: Company): SupplierRecord {
  const decorate = (entity: Company) => supplierRecord(core, entity)
  return withMethods(
    supplier,
    financeRecordHelpers(
      core,
      supplier,
      'supplier',
      { get: getSupplier, upsert: upsertSuppliers, remove: deleteSupplier },
      decorate,
    ),
  )
}
