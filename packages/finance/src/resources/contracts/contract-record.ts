import { type HaloCore, withMethods } from '@halo/core'
import {
  type ClientContract,
  type DeleteClientContractParams,
  deleteClientContract,
  type GetClientContractParams,
  getClientContract,
  upsertClientContracts,
} from '../../generated/index.js'
import { type FinanceRecordHelpers, financeRecordHelpers } from '../shared/record-helpers.js'

/** Helpers on a contract returned by `contracts(core)`. */
export interface ContractHelpers
  extends FinanceRecordHelpers<
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
    financeRecordHelpers(
      core,
      contract,
      'contract',
      { get: getClientContract, upsert: upsertClientContracts, remove: deleteClientContract },
      decorate,
    ),
  )
}
