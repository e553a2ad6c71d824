import type { HaloCore } from '@halo/core'
import { clientResource } from './client-record.js'

/**
 * Clients, Halo's customer organisations (`/Client`, tag `Area`): `list({ search: 'acme' })`, `search`,
 * `get`, `create`, `update`, `delete`, `createMany`, `upsertMany`, and `getMe()`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { clients } from '@halo/crm'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const [northwind] = await clients(core).list({ search: 'northwind' })
 * if (northwind) {
 *   const [sites, contracts] = await Promise.all([northwind.getSites(), northwind.getContracts()])
 *   console.log(northwind.name, sites.length, contracts.length)
 * }
 * ```
 */
export function clients(core: HaloCore) {
  return clientResource.methods(core)
}

export type ClientsResource = ReturnType<typeof clients>
