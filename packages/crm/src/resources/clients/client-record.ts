import type { HaloCore, HaloList, RequestOptions } from '@halo/core'
import { type RecordHelpers, recordHelpers, recordIdOf, withMethods } from '@halo/core/resource'
import {
  type Client,
  type DeleteClientParams,
  deleteClient,
  type GetClientParams,
  getClient,
  type ListSitesParams,
  type ListUsersParams,
  upsertClients,
} from '../../generated/index.js'
import { type CrmCustomFieldHelpers, customFieldHelpers } from '../shared/custom-field-helpers.js'
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
export interface ClientHelpers
  extends RecordHelpers<Client, GetClientParams, DeleteClientParams>,
    CrmCustomFieldHelpers<ClientRecord> {
  /** The client's sites (`GET /Site?client_id=`). */
  getSites(params?: Omit<ListSitesParams, 'client_id'>, options?: RequestOptions): HaloList<SiteRecord>
  /** The client's users (`GET /Users?client_id=`). */
  getUsers(params?: Omit<ListUsersParams, 'client_id'>, options?: RequestOptions): HaloList<UserRecord>
  /** The client's contracts (`GET /ClientContract?client_id=`, envelope `contracts`). */
  getContracts(params?: ClientContractFilters, options?: RequestOptions): HaloList<ClientContractRow>
}

/** A client: every wire field Halo sent, plus non-enumerable helpers. */
export type ClientRecord = Client & ClientHelpers

export function clientRecord(core: HaloCore, client: Client): ClientRecord {
  const decorate = (entity: Client) => clientRecord(core, entity)
  const id = () => recordIdOf(client, 'client') as number
  return withMethods(client, {
    ...recordHelpers(
      core,
      client,
      'client',
      { get: getClient, upsert: upsertClients, remove: deleteClient },
      decorate,
    ),
    ...customFieldHelpers(core, client, 'client', { get: getClient, upsert: upsertClients }, decorate),
    getSites: (params?: Omit<ListSitesParams, 'client_id'>, options?: RequestOptions) =>
      sites(core).list({ ...params, client_id: id() }, options),
    getUsers: (params?: Omit<ListUsersParams, 'client_id'>, options?: RequestOptions) =>
      users(core).list({ ...params, client_id: id() }, options),
    getContracts: (params?: ClientContractFilters, options?: RequestOptions) => {
      // Contracts belong to @halo/finance (tag ContractHeader); @halo/crm does not depend on it, so the
      // list is read through the core's raw pager with the envelope key Halo uses for contracts.
      const { limit, ...query } = params ?? {}
      return core.paginate<ClientContractRow>('/ClientContract', {
        ...options,
        query: { ...query, client_id: id() },
        listKey: 'contracts',
        ...(limit === undefined ? {} : { limit }),
      })
    },
  })
}
