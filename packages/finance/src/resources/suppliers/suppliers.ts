import type { HaloCore } from '@halo/core'
import { supplierResource } from './supplier-record.js'

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
  return supplierResource.methods(core)
}

export type SuppliersResource = ReturnType<typeof suppliers>
