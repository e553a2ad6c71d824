import type { HaloCore } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type Company,
  type DeleteSupplierParams,
  deleteSupplier,
  type GetSupplierParams,
  getSupplier,
  upsertSuppliers,
} from '../../generated/index.js'

/** Helpers on a supplier returned by `suppliers(core)`. */
export type SupplierHelpers = RecordHelpers<Company, GetSupplierParams, DeleteSupplierParams>

/** A supplier: every wire field Halo sent, plus non-enumerable helpers. */
export type SupplierRecord = HaloRecord<Company, GetSupplierParams, DeleteSupplierParams>

export function supplierRecord(core: HaloCore, supplier: Company): SupplierRecord {
  return recordDecorator(core, 'supplier', {
    get: getSupplier,
    upsert: upsertSuppliers,
    remove: deleteSupplier,
  })(supplier)
}
