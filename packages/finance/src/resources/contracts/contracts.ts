import type { HaloCore, RequestOptions } from '@halo/core'
import { type ClientContract, getClientContractNextRef } from '../../generated/index.js'
import { contractResource } from './contract-record.js'

/**
 * Client contracts (`/ClientContract`, Halo's `ContractHeader`): `list`, `search`, `get`, `create`, `update`,
 * `delete`, `createMany`, `upsertMany`, and `nextRef()`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { contracts } from '@halo/finance'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const northwind = await contracts(core).list({ client_id: 11 })
 * // Halo derives the reference from the draft (client, type …), so pass what the contract will have.
 * const ref = await contracts(core).nextRef({ client_id: 11 })
 * ```
 */
export function contracts(core: HaloCore) {
  return {
    ...contractResource.methods(core),
    /**
     * The next free contract reference (`POST /ClientContract/NextRef`). Halo works it out from a draft
     * contract (its client, type …), so pass what the new contract will have; answers Halo's reply.
     */
    nextRef(draft: ClientContract = {}, options?: RequestOptions): Promise<unknown> {
      return getClientContractNextRef(core, { body: [draft] }, options)
    },
  }
}

export type ContractsResource = ReturnType<typeof contracts>
