import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import {
  deleteClientContract,
  getClientContract,
  listClientContracts,
  upsertClientContracts,
} from '../../generated/index.js'

/** What `contracts(core)` hands out: contract records with their helpers, and the resource's methods. */
export const contractResource = defineCrudResource('contract', {
  list: listClientContracts,
  get: getClientContract,
  upsert: upsertClientContracts,
  remove: deleteClientContract,
}).searchable()

/** Helpers on a contract returned by `contracts(core)`. */
export type ContractHelpers = CrudRecordHelpersOf<typeof contractResource>

/** A contract: every wire field Halo sent, plus non-enumerable helpers. */
export type ContractRecord = CrudRecordOf<typeof contractResource>
