import type { HaloCore } from '@halo/core'
import type { CrudRecordOf } from '@halo/core/resource'
import { siteCrud } from '../../generated/crud-definitions.js'
import type { DeleteSiteParams, GetSiteParams, Site } from '../../generated/index.js'
import { type CustomFieldRecordHelpers, withCustomFields } from '../shared/custom-field-resource.js'

/** Helpers on a site returned by `sites(core)`. */
export type SiteHelpers = CustomFieldRecordHelpers<Site, GetSiteParams, DeleteSiteParams>

const siteResource = /* @__PURE__ */ withCustomFields(siteCrud).searchable()

/** A site of a client: every wire field Halo sent, plus non-enumerable helpers. */
export type SiteRecord = CrudRecordOf<typeof siteResource>

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
export function sites(core: HaloCore): ReturnType<typeof siteResource.methods> {
  return siteResource.methods(core)
}

export type SitesResource = ReturnType<typeof sites>
