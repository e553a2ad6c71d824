import type { HaloCore } from '@halo/core'
import type { CrudRecordHelpersOf } from '@halo/core/resource'
import { siteCrud } from '../../generated/crud-definitions.js'
import { type CrmCustomFieldHelpers, customFieldExtras } from '../shared/custom-field-helpers.js'

/** Helpers on a site returned by `sites(core)`. */
export interface SiteHelpers
  extends CrudRecordHelpersOf<typeof siteCrud>,
    CrmCustomFieldHelpers<SiteRecord> {}

/** A site of a client: every wire field Halo sent, plus non-enumerable helpers. */
export type SiteRecord = Parameters<typeof siteCrud.record>[1] & SiteHelpers

const siteResource = /* @__PURE__ */ siteCrud
  .withExtras<CrmCustomFieldHelpers<SiteRecord>, SiteRecord>(customFieldExtras(siteCrud))
  .searchable()

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
  return siteResource.methods(core)
}

export type SitesResource = ReturnType<typeof sites>
