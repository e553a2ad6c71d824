import type { HaloCore } from '@halo/core'
import type { CrudRecordHelpersOf } from '@halo/core/resource'
import { opportunityCrud } from '../../generated/crud-definitions.js'
import { type CrmCustomFieldHelpers, customFieldExtras } from '../shared/custom-field-helpers.js'

/** Helpers on an opportunity returned by `opportunities(core)`. */
export interface OpportunityHelpers
  extends CrudRecordHelpersOf<typeof opportunityCrud>,
    CrmCustomFieldHelpers<OpportunityRecord> {}

/** An opportunity (a ticket of an `opps` ticket type): every wire field, plus non-enumerable helpers. */
export type OpportunityRecord = Parameters<typeof opportunityCrud.record>[1] & OpportunityHelpers

const opportunityResource = /* @__PURE__ */ opportunityCrud
  .withExtras<CrmCustomFieldHelpers<OpportunityRecord>, OpportunityRecord>(customFieldExtras(opportunityCrud))
  .searchable()

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
export function opportunities(core: HaloCore) {
  return opportunityResource.methods(core)
}

export type OpportunitiesResource = ReturnType<typeof opportunities>
