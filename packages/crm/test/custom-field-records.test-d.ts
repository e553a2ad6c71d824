import { describe, expectTypeOf, it } from 'vitest'
import type {
  DeleteOpportunityParams,
  DeleteSiteParams,
  GetOpportunityParams,
  GetSiteParams,
  Opportunity,
  Site,
} from '../src/generated/index.js'
import type { OpportunitiesResource, OpportunityRecord, SiteRecord, SitesResource } from '../src/index.js'
import type { CustomFieldRecord } from '../src/resources/shared/custom-field-resource.js'

// The record types are read off their resources; spelled out by entity and params they are the same.
describe('records of the kinds that only add custom fields', () => {
  it('SiteRecord is a site with its custom-field helpers, as sites(core) hands it out', () => {
    expectTypeOf<SiteRecord>().toEqualTypeOf<CustomFieldRecord<Site, GetSiteParams, DeleteSiteParams>>()
    expectTypeOf<Awaited<ReturnType<SitesResource['get']>>>().toEqualTypeOf<SiteRecord>()
  })

  it('OpportunityRecord is an opportunity with its custom-field helpers, as opportunities(core) hands it out', () => {
    expectTypeOf<OpportunityRecord>().toEqualTypeOf<
      CustomFieldRecord<Opportunity, GetOpportunityParams, DeleteOpportunityParams>
    >()
    expectTypeOf<Awaited<ReturnType<OpportunitiesResource['get']>>>().toEqualTypeOf<OpportunityRecord>()
  })
})
