import type { HaloCore, HaloList, RequestOptions } from '@halo/core'
import { type CrudRecordHelpersOf, customFieldHelpers, type RecordContext } from '@halo/core/resource'
import { clientCrud } from '../../generated/crud-definitions.js'
import {
  type Client,
  getCurrentClient,
  type ListSitesParams,
  type ListUsersParams,
} from '../../generated/index.js'
import type { CrmCustomFieldHelpers } from '../shared/custom-field-helpers.js'
import { type SiteRecord, sites } from '../sites/sites.js'
import type { UserRecord } from '../users/user-record.js'
import { users } from '../users/users.js'
import type { ClientContractRow } from './client-contract-row.js'

/** Filters of `client.getContracts(params)` (`GET /ClientContract`), by wire name. */
export interface ClientContractFilters {
  readonly site_id?: number | undefined
  readonly includeinactive?: boolean | undefined
  readonly excluderenewed?: boolean | undefined
  readonly search?: string | undefined
  readonly limit?: number | undefined
  readonly [wireName: string]: unknown
}

/** Helpers on a client (Halo's `Area`) returned by `clients(core)`. */
export interface ClientHelpers extends CrudRecordHelpersOf<typeof clientCrud>, ClientExtras {}

/** The helpers a client adds to `update`, `delete`, `refresh` and its custom fields. */
export interface ClientExtras extends CrmCustomFieldHelpers<ClientRecord> {
  /** The client's sites (`GET /Site?client_id=`). */
  getSites(params?: Omit<ListSitesParams, 'client_id'>, options?: RequestOptions): HaloList<SiteRecord>
  /** The client's users (`GET /Users?client_id=`). */
  getUsers(params?: Omit<ListUsersParams, 'client_id'>, options?: RequestOptions): HaloList<UserRecord>
  /** The client's contracts (`GET /ClientContract?client_id=`, envelope `contracts`). */
  getContracts(params?: ClientContractFilters, options?: RequestOptions): HaloList<ClientContractRow>
}

/** A client: every wire field Halo sent, plus non-enumerable helpers. */
export type ClientRecord = Client & ClientHelpers

/** Clients with their helpers, `search` and `getMe()`: what `clients(core)` hands out. */
export const clientResource = /* @__PURE__ */ clientCrud
  .withExtras<ClientExtras, ClientRecord>(clientExtras)
  .searchable()
  .withGetMe(getCurrentClient)

function clientExtras(
  core: HaloCore,
  client: Client,
  context: RecordContext<Client, ClientRecord>,
): ClientExtras {
  const id = (helper: string) => context.id(helper) as number
  return {
    ...customFieldHelpers(core, client, clientCrud, context),
    getSites: (params, options) => sites(core).list({ ...params, client_id: id('getSites') }, options),
    getUsers: (params, options) => users(core).list({ ...params, client_id: id('getUsers') }, options),
    getContracts: (params, options) => {
      // Contracts belong to @halo/finance (tag ContractHeader); @halo/crm does not depend on it, so the
      // list is read through the core's raw pager with the envelope key Halo uses for contracts.
      const { limit, ...query } = params ?? {}
      return core.paginate<ClientContractRow>('/ClientContract', {
        ...options,
        query: { ...query, client_id: id('getContracts') },
        listKey: 'contracts',
        ...(limit === undefined ? {} : { limit }),
      })
    },
  }
}
