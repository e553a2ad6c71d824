import { clientContractCrud } from '../../generated/crud-definitions.js'

/** What `contracts(core)` hands out: contract records with their helpers, and the resource's methods. */
export const contractResource = /* @__PURE__ */ clientContractCrud.searchable()

export type { ContractHelpers, ContractRecord } from '../../generated/crud-definitions.js'
