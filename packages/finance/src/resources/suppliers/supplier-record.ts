import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import { deleteSupplier, getSupplier, listSuppliers, upsertSuppliers } from '../../generated/index.js'

/** What `suppliers(core)` hands out: supplier records with their helpers, and the resource's methods. */
export const supplierResource = defineCrudResource('supplier', {
  list: listSuppliers,
  get: getSupplier,
  upsert: upsertSuppliers,
  remove: deleteSupplier,
}).searchable()

/** Helpers on a supplier returned by `suppliers(core)`. */
export type SupplierHelpers = CrudRecordHelpersOf<typeof supplierResource>

/** A supplier: every wire field Halo sent, plus non-enumerable helpers. */
export type SupplierRecord = CrudRecordOf<typeof supplierResource>
