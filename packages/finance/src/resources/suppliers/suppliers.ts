import type { HaloCore } from '@halo/core'
import { crudMethods, searchMethods } from '@halo/core/resource'
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
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { suppliers } from '@halo/finance'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const supplier = await suppliers(core).create({ name: 'Acme Cables Ltd' })
 * const cableSuppliers = await suppliers(core).search('cable')
 * ```
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
