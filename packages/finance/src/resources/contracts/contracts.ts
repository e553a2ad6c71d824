import {
  deleteMethods,
  getMethods,
  type HaloCore,
  listMethods,
  type RequestOptions,
  searchMethods,
  writeMethods,
} from '@halo/core'
import {
  type ClientContract,
  deleteClientContract,
  getClientContract,
  getClientContractNextRef,
  listClientContracts,
  upsertClientContracts,
} from '../../generated/index.js'
import { contractRecord } from './contract-record.js'

/**
 * Client contracts (`/ClientContract`, Halo's `ContractHeader`): `list`, `search`, `get`, `create`, `update`,
 * `delete`, `createMany`, `upsertMany`, and `nextRef()`.
 */
export function contracts(core: HaloCore) {
  const decorate = (contract: ClientContract) => contractRecord(core, contract)
  return {
    ...listMethods(core, listClientContracts, decorate),
    ...searchMethods(core, listClientContracts, decorate),
    ...getMethods(core, getClientContract, decorate),
    ...writeMethods(core, upsertClientContracts, decorate),
    ...deleteMethods(core, deleteClientContract),
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
