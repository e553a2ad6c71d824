import type { HaloCore } from '@halo/core'
import {
  crudMethods,
  type RecordHelpers,
  recordHelpers,
  searchMethods,
  withMethods,
} from '@halo/core/resource'
import {
  type DeleteOpportunityParams,
  deleteOpportunity,
  type GetOpportunityParams,
  getOpportunity,
  listOpportunities,
  type Opportunity,
  upsertOpportunities,
} from '../../generated/index.js'
import { type CrmCustomFieldHelpers, customFieldHelpers } from '../shared/custom-field-helpers.js'

/** Helpers on an opportunity returned by `opportunities(core)`. */
export interface OpportunityHelpers
  extends RecordHelpers<Opportunity, GetOpportunityParams, DeleteOpportunityParams>,
    CrmCustomFieldHelpers<OpportunityRecord> {}

/** An opportunity (a ticket of an `opps` ticket type): every wire field, plus non-enumerable helpers. */
export type OpportunityRecord = Opportunity & OpportunityHelpers

export function opportunityRecord(core: HaloCore, opportunity: Opportunity): OpportunityRecord {
  const decorate = (entity: Opportunity) => opportunityRecord(core, entity)
  const operations = { get: getOpportunity, upsert: upsertOpportunities, remove: deleteOpportunity }
  return withMethods(opportunity, {
    ...recordHelpers(core, opportunity, 'opportunity', operations, decorate),
    ...customFieldHelpers(core, opportunity, 'opportunity', operations, decorate),
  })
}

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
  const decorate = (opportunity: Opportunity) => opportunityRecord(core, opportunity)
  return {
    ...crudMethods(
      core,
      {
        list: listOpportunities,
        get: getOpportunity,
        upsert: upsertOpportunities,
        remove: deleteOpportunity,
      },
      decorate,
    ),
    ...searchMethods(core, listOpportunities, decorate),
  }
}

export type OpportunitiesResource = ReturnType<typeof opportunities>
