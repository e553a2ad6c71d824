import type { HaloCore, RequestOptions } from '@halo/core'
import { crudMethods, searchMethods } from '@halo/core/resource'
import {
  type Client,
  deleteClient,
  getClient,
  getCurrentClient,
  listClients,
  upsertClients,
} from '../../generated/index.js'
import { type ClientRecord, clientRecord } from './client-record.js'

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
  const decorate = (client: Client) => clientRecord(core, client)
  return {
    ...crudMethods(
      core,
      { list: listClients, get: getClient, upsert: upsertClients, remove: deleteClient },
      decorate,
    ),
    ...searchMethods(core, listClients, decorate),
    /** The client the signed-in user belongs to (`GET /Client/me`). */
    async getMe(options?: RequestOptions): Promise<ClientRecord> {
      return decorate((await getCurrentClient(core, undefined, options)) as Client)
    },
  }
}

export type ClientsResource = ReturnType<typeof clients>
