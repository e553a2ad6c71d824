import { type HaloCore, type RecordHelpers, recordHelpers, withMethods } from '@halo/core'
import {
  type ClientContract,
  type DeleteClientContractParams,
  deleteClientContract,
  type GetClientContractParams,
  getClientContract,
  upsertClientContracts,
} from '../../generated/index.js'

/** Helpers on a contract returned by `contracts(core)`. */
export interface ContractHelpers
  extends RecordHelpers<
    ContractRecord,
    ClientContract,
    GetClientContractParams,
    DeleteClientContractParams
  > {}

/** A contract: every wire field Halo sent, plus non-enumerable helpers. */
export type ContractRecord = ClientContract & ContractHelpers

export function contractRecord(core: HaloCore, contract: ClientContract): ContractRecord {
  const decorate = (entity: ClientContract) => contractRecord(core, entity)
  return withMethods(
    contract,
    recordHelpers(
      core,
      contract,
      'contract',
      { get: getClientContract, upsert: upsertClientContracts, remove: deleteClientContract },
      decorate,
    ),
  )
}
