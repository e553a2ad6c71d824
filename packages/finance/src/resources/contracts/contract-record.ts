import type { HaloCore } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type ClientContract,
  type DeleteClientContractParams,
  deleteClientContract,
  type GetClientContractParams,
  getClientContract,
  upsertClientContracts,
} from '../../generated/index.js'

/** Helpers on a contract returned by `contracts(core)`. */
export type ContractHelpers = RecordHelpers<
  ClientContract,
  GetClientContractParams,
  DeleteClientContractParams
>

/** A contract: every wire field Halo sent, plus non-enumerable helpers. */
export type ContractRecord = HaloRecord<ClientContract, GetClientContractParams, DeleteClientContractParams>

export function contractRecord(core: HaloCore, contract: ClientContract): ContractRecord {
  return recordDecorator(core, 'contract', {
    get: getClientContract,
    upsert: upsertClientContracts,
    remove: deleteClientContract,
  })(contract)
}
