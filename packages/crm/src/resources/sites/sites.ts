import type { HaloCore } from '@halo/core'
import {
  crudMethods,
  type RecordHelpers,
  recordHelpers,
  searchMethods,
  withMethods,
} from '@halo/core/resource'
import {
  type DeleteSiteParams,
  deleteSite,
  type GetSiteParams,
  getSite,
  listSites,
  type Site,
  upsertSites,
} from '../../generated/index.js'
import { type CrmCustomFieldHelpers, customFieldHelpers } from '../shared/custom-field-helpers.js'

/** Helpers on a site returned by `sites(core)`. */
export interface SiteHelpers
  extends RecordHelpers<Site, GetSiteParams, DeleteSiteParams>,
    CrmCustomFieldHelpers<SiteRecord> {}

/** A site of a client: every wire field Halo sent, plus non-enumerable helpers. */
export type SiteRecord = Site & SiteHelpers

export function siteRecord(core: HaloCore, site: Site): SiteRecord {
  const decorate = (entity: Site) => siteRecord(core, entity)
  return withMethods(site, {
    ...recordHelpers(core, site, 'site', { get: getSite, upsert: upsertSites, remove: deleteSite }, decorate),
    ...customFieldHelpers(core, site, 'site', { get: getSite, upsert: upsertSites }, decorate),
  })
}

/**
 * Sites (`/Site`): `list({ client_id })`, `search`, `get`, `create`, `update`, `delete`, `createMany`,
 * `upsertMany`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { sites } from '@halo/crm'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const northwindSites = await sites(core).list({ client_id: 11 })
 * const headOffice = await sites(core).get(21)
 * await headOffice.update({ name: 'Head Office (Leeds)' })
 * ```
 */
export function sites(core: HaloCore) {
  const decorate = (site: Site) => siteRecord(core, site)
  return {
    ...crudMethods(
      core,
      { list: listSites, get: getSite, upsert: upsertSites, remove: deleteSite },
      decorate,
    ),
    ...searchMethods(core, listSites, decorate),
  }
}

export type SitesResource = ReturnType<typeof sites>
