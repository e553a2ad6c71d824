import type { HaloCore } from '@halo/core'
import { salesOrderResource } from './sales-order-record.js'

/**
 * Sales orders (`/SalesOrder`, Halo's `OrderHead`): `list`, `search`, `get`, `create`, `update`, `delete`, `createMany`, `upsertMany`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { salesOrders } from '@halo/finance'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const northwind = await salesOrders(core).list({ client_id: 11 })
 * const order = await salesOrders(core).get(9501)
 * ```
 */
export function salesOrders(core: HaloCore) {
  return salesOrderResource.methods(core)
}

export type SalesOrdersResource = ReturnType<typeof salesOrders>
