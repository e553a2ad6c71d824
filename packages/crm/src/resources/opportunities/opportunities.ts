import type { HaloCore } from '@halo/core'
import { type CrudRecordHelpersOf, defineCrudResource } from '@halo/core/resource'
import {
  deleteOpportunity,
  getOpportunity,
  listOpportunities,
  upsertOpportunities,
} from '../../generated/index.js'
import { type CrmCustomFieldHelpers, customFieldExtras } from '../shared/custom-field-helpers.js'

const operations = {
  list: listOpportunities,
  get: getOpportunity,
  upsert: upsertOpportunities,
  remove: deleteOpportunity,
}
const opportunityDefinition = defineCrudResource('opportunity', operations)

/** Helpers on an opportunity returned by `opportunities(core)`. */
export interface OpportunityHelpers
  extends CrudRecordHelpersOf<typeof opportunityDefinition>,
    CrmCustomFieldHelpers<OpportunityRecord> {}

/** An opportunity (a ticket of an `opps` ticket type): every wire field, plus non-enumerable helpers. */
export type OpportunityRecord = Parameters<typeof opportunityDefinition.record>[1] & OpportunityHelpers

const opportunityResource = opportunityDefinition
  .withExtras<CrmCustomFieldHelpers<OpportunityRecord>, OpportunityRecord>(
    customFieldExtras('opportunity', operations),
  )
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
