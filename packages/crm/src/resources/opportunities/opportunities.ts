import type { HaloCore } from '@halo/core'
import type { CrudRecordOf } from '@halo/core/resource'
import { opportunityCrud } from '../../generated/crud-definitions.js'
import type { DeleteOpportunityParams, GetOpportunityParams, Opportunity } from '../../generated/index.js'
import { type CustomFieldRecordHelpers, withCustomFields } from '../shared/custom-field-resource.js'

/** Helpers on an opportunity returned by `opportunities(core)`. */
export type OpportunityHelpers = CustomFieldRecordHelpers<
  Opportunity,
  GetOpportunityParams,
  DeleteOpportunityParams
>

const opportunityResource = /* @__PURE__ */ withCustomFields(opportunityCrud).searchable()

/** An opportunity (a ticket of an `opps` ticket type): every wire field, plus non-enumerable helpers. */
export type OpportunityRecord = CrudRecordOf<typeof opportunityResource>

/**
 * Sales opportunities (`/Opportunities`, envelope `tickets`): `list`, `search`, `get`, `create`,
 * `update`, `delete`, `createMany`, `upsertMany`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { opportunities } from '@halo/crm'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const [refresh] = await opportunities(core).search('laptop refresh', { limit: 5 })
 * if (refresh?.id != null) await opportunities(core).update(refresh.id, { oppvalue: 22500 })
 * ```
 */
export function opportunities(core: HaloCore): ReturnType<typeof opportunityResource.methods> {
  return opportunityResource.methods(core)
}

export type OpportunitiesResource = ReturnType<typeof opportunities>
