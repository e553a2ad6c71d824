// The resources @halo/sync knows, and how Halo lets each be read incrementally. What each rule rests
// on is in the README ("What is fetched, per resource"); docs/halo-api.md has the API background.
import { listAssetsOperation } from '@halo/assets'
import { listClientsOperation, listSitesOperation, listUsersOperation } from '@halo/crm'
import { listInvoicesOperation } from '@halo/finance'
import { listKbArticlesOperation } from '@halo/kb'
import { listActionsOperation, listTicketsOperation } from '@halo/tickets'
import type { SyncResource } from './sync-resource.js'

/** Halo's "no date"; the earliest bound a date filter needs to cover everything. */
const BEGINNING = '1900-01-01T00:00:00Z'

/** `lastupdatefromdate` / `lastupdatetodate`: the change filter of users, clients, sites and assets. */
const lastUpdateRange = (since: string, until: string) => ({
  lastupdatefromdate: since,
  lastupdatetodate: until,
})

const tickets: SyncResource = {
  name: 'tickets',
  table: { name: 'tickets', key: ['id'] },
  operation: listTicketsOperation,
  listKey: 'tickets',
  pageSize: 100,
  changedSince: (since, until) => ({ datesearch: 'last_update', startdate: since, enddate: until }),
  idsQuery: { ticketidonly: true },
  byIds: (ids) => ({ ticketids: ids.join(',') }),
  children: [{ table: 'actions', column: 'ticket_id' }],
}

const actions: SyncResource = {
  name: 'actions',
  // Action ids are numbered per ticket (1, 2, 3 on every ticket): the key is the pair.
  table: { name: 'actions', key: ['ticket_id', 'id'] },
  operation: listActionsOperation,
  listKey: 'actions',
  pageSize: undefined,
  changedSince: (since, until) => ({ startdate: since, enddate: until }),
  everything: (until) => ({ startdate: BEGINNING, enddate: until }),
}

const users: SyncResource = {
  name: 'users',
  table: { name: 'users', key: ['id'] },
  operation: listUsersOperation,
  listKey: 'users',
  pageSize: 100,
  baseQuery: { includeinactive: true },
  changedSince: lastUpdateRange,
  idsQuery: { idonly: true },
}

const clients: SyncResource = {
  name: 'clients',
  table: { name: 'clients', key: ['id'] },
  operation: listClientsOperation,
  listKey: 'clients',
  pageSize: 100,
  baseQuery: { includeinactive: true },
  changedSince: lastUpdateRange,
  idsQuery: { idonly: true },
}

const sites: SyncResource = {
  name: 'sites',
  table: { name: 'sites', key: ['id'] },
  operation: listSitesOperation,
  listKey: 'sites',
  pageSize: 100,
  baseQuery: { includeinactive: true },
  changedSince: lastUpdateRange,
  idsQuery: { idonly: true },
}

const assets: SyncResource = {
  name: 'assets',
  table: { name: 'assets', key: ['id'] },
  operation: listAssetsOperation,
  listKey: 'assets',
  pageSize: 50,
  baseQuery: { includeinactive: true },
  changedSince: lastUpdateRange,
  idsQuery: { idonly: true },
}

const invoices: SyncResource = {
  name: 'invoices',
  table: { name: 'invoices', key: ['id'] },
  operation: listInvoicesOperation,
  listKey: 'invoices',
  pageSize: 100,
  idsQuery: { idonly: true },
}

const kb: SyncResource = {
  name: 'kb',
  table: { name: 'kb_articles', key: ['id'] },
  operation: listKbArticlesOperation,
  listKey: 'articles',
  pageSize: 100,
  baseQuery: { includeinactive: true },
}

/** Every resource `syncHalo` can mirror, by name. */
export const SYNC_RESOURCES: Readonly<Record<string, SyncResource>> = {
  tickets,
  actions,
  users,
  clients,
  sites,
  assets,
  invoices,
  kb,
}

/**
 * What `syncHalo` mirrors when `resources` is not given: the resources Halo can read incrementally.
 * Invoices and KB articles have no change filter (each run re-reads them whole): name them to mirror them.
 */
export const DEFAULT_SYNC_RESOURCES: readonly string[] = [
  'tickets',
  'actions',
  'users',
  'clients',
  'sites',
  'assets',
]
