// The mock's in-memory database: one Collection per simulated resource, built from the seed.
import { makeAsset, seedAssetTypes } from '../seed/assets.js'
import { seedAttachments } from '../seed/files.js'
import {
  seedContracts,
  seedInvoices,
  seedItems,
  seedPurchaseOrders,
  seedQuotations,
  seedRecurringInvoices,
  seedSalesOrders,
} from '../seed/finance.js'
import { seedFaqLists, seedKbArticles } from '../seed/knowledge-base.js'
import {
  seedAgents,
  seedClients,
  seedSites,
  seedSuppliers,
  seedUsers,
  teamSeeds,
  userRoleSeeds,
} from '../seed/organisation.js'
import { reportSeeds, seedDashboards } from '../seed/reporting.js'
import { seedAppointments, seedOpportunities } from '../seed/scheduling.js'
import { seed } from '../seed/seed-ids.js'
import {
  seedCategories,
  seedOutcomes,
  seedPriorities,
  seedSlas,
  seedStatuses,
} from '../seed/service-desk-config.js'
import { seedTicketTypes } from '../seed/ticket-types.js'
import { makeSeededActions, makeTicket } from '../seed/tickets.js'
import { ActionStore } from './action-store.js'
import { Collection, type HaloRecord } from './collection.js'
import type { AttachmentRecord, PriorityRecord, TicketRecord } from './records.js'

export interface HaloState {
  readonly tickets: Collection<TicketRecord>
  /** Deleted tickets by id, which `POST /Tickets [{ id, _recover: true }]` brings back. */
  readonly deletedTickets: Map<number, TicketRecord>
  readonly actions: ActionStore
  readonly attachments: Collection<AttachmentRecord>
  readonly ticketTypes: Collection
  readonly categories: Collection
  readonly statuses: Collection
  readonly slas: Collection
  /** SLA-scoped priorities (UUID string ids). */
  readonly priorities: PriorityRecord[]
  readonly outcomes: Collection
  readonly assets: Collection
  readonly assetTypes: Collection
  readonly users: Collection
  readonly userRoles: Collection
  readonly clients: Collection
  readonly sites: Collection
  readonly contracts: Collection
  readonly agents: Collection
  readonly teams: Collection
  readonly kbArticles: Collection
  readonly faqLists: Collection
  readonly reports: Collection
  readonly dashboards: Collection
  readonly bookmarks: Collection
  readonly invoices: Collection
  readonly recurringInvoices: Collection
  readonly suppliers: Collection
  readonly quotations: Collection
  readonly appointments: Collection
  readonly opportunities: Collection<TicketRecord>
  readonly items: Collection
  readonly purchaseOrders: Collection
  readonly salesOrders: Collection
  /** Records POSTed to spec operations the mock does not simulate, by path (`/Release`). */
  readonly echoed: Map<string, Collection>
}

export interface StateSizes {
  ticketCount: number
  assetCount: number
}

const copy = <T extends object>(records: readonly T[]): T[] => records.map((r) => structuredClone(r))

export function createState(sizes: StateSizes): HaloState {
  const tickets = new Collection<TicketRecord>('Ticket', {
    lazy: { from: seed.firstTicketId, count: sizes.ticketCount, make: makeTicket },
    firstNewId: seed.firstTicketId,
  })
  const c = (name: string, records: readonly HaloRecord[], firstNewId?: number): Collection =>
    new Collection(
      name,
      firstNewId === undefined ? { records: copy(records) } : { records: copy(records), firstNewId },
    )
  return {
    tickets,
    actions: new ActionStore(tickets, makeSeededActions),
    attachments: new Collection<AttachmentRecord>('Attachment', { records: seedAttachments() }),
    ticketTypes: c('TicketType', seedTicketTypes()),
    categories: c('Category', seedCategories()),
    statuses: c('Status', seedStatuses()),
    slas: c('SLA', seedSlas()),
    priorities: seedPriorities(),
    outcomes: c('Outcome', seedOutcomes()),
    assets: new Collection('Asset', {
      lazy: { from: seed.assetId, count: sizes.assetCount, make: makeAsset },
    }),
    assetTypes: c('AssetType', seedAssetTypes()),
    users: c('User', seedUsers()),
    userRoles: c('UserRole', userRoleSeeds),
    clients: c('Client', seedClients()),
    sites: c('Site', seedSites()),
    contracts: c('ClientContract', seedContracts()),
    agents: c('Agent', seedAgents()),
    teams: c('Team', teamSeeds),
    kbArticles: c('KBArticle', seedKbArticles()),
    faqLists: c('FAQList', seedFaqLists()),
    reports: c('Report', reportSeeds),
    dashboards: c('Dashboard', seedDashboards()),
    bookmarks: c('Bookmark', []),
    invoices: c('Invoice', seedInvoices()),
    recurringInvoices: c('RecurringInvoice', seedRecurringInvoices()),
    suppliers: c('Supplier', seedSuppliers()),
    quotations: c('Quotation', seedQuotations()),
    appointments: c('Appointment', seedAppointments()),
    opportunities: new Collection<TicketRecord>('Opportunity', {
      records: copy(seedOpportunities()) as TicketRecord[],
    }),
    items: c('Item', seedItems()),
    purchaseOrders: c('PurchaseOrder', seedPurchaseOrders()),
    salesOrders: c('SalesOrder', seedSalesOrders()),
    echoed: new Map(),
    deletedTickets: new Map(),
  }
}
