import {
  type AdminFieldsResource,
  type CustomFieldsResource,
  type CustomTablesResource,
  customFields,
  customTables,
  fields,
  type LookupsResource,
  lookups,
  type OutcomesResource,
  outcomes,
} from '@halo/admin'
import { type AssetsResource, type AssetTypesResource, assets, assetTypes } from '@halo/assets'
import type { HaloCore } from '@halo/core'
import {
  type AgentsResource,
  agents,
  type ClientsResource,
  type CrmNotesResource,
  clients,
  crmNotes,
  type OpportunitiesResource,
  opportunities,
  type RolesResource,
  roles,
  type SitesResource,
  sites,
  type TeamsResource,
  teams,
  type UsersResource,
  users,
} from '@halo/crm'
import {
  type ContractsResource,
  contracts,
  type InvoicesResource,
  type ItemsResource,
  invoices,
  items,
  type PurchaseOrdersResource,
  purchaseOrders,
  type QuotationsResource,
  quotations,
  type RecurringInvoicesResource,
  recurringInvoices,
  type SalesOrdersResource,
  type SuppliersResource,
  salesOrders,
  suppliers,
} from '@halo/finance'
import { type FaqListsResource, faqLists, type KbArticlesResource, kbArticles } from '@halo/kb'
import { type DashboardsResource, dashboards, type ReportsResource, reports } from '@halo/reporting'
import {
  type ActionsResource,
  type AppointmentsResource,
  type ApprovalProcessesResource,
  type AttachmentsResource,
  actions,
  appointments,
  approvalProcesses,
  attachments,
  type CategoriesResource,
  categories,
  type PrioritiesResource,
  type ProjectsResource,
  priorities,
  projects,
  type SlasResource,
  type StatusesResource,
  slas,
  statuses,
  type TicketRulesResource,
  type TicketsResource,
  type TicketTypesResource,
  type TimeEntriesResource,
  type TimesheetsResource,
  ticketRules,
  tickets,
  ticketTypes,
  timeEntries,
  timesheets,
  type WorkflowsResource,
  workflows,
} from '@halo/tickets'

/** The hand-written resources a `HaloClient` carries, by property name. */
export interface HaloResources {
  // @halo/tickets
  /** Tickets (`/Tickets`): create, update, add actions and attachments, custom fields by name. */
  readonly tickets: TicketsResource
  /** Actions on tickets (`/Actions`). */
  readonly actions: ActionsResource
  /** Ticket types (`/TicketType`): `getFields()`, the CSV import kit, `validateDraft`, `idOf(name)`. */
  readonly ticketTypes: TicketTypesResource
  /** The four category tiers (`/Category`): `getAllTypes()`, `getByType(n)`. */
  readonly categories: CategoriesResource
  /** Attachments (`/Attachment`): upload from bytes or a file, download as bytes or a stream. */
  readonly attachments: AttachmentsResource
  /** Ticket statuses (`/Status`), with cached `idOf(name)`. */
  readonly statuses: StatusesResource
  /** Priorities (`/Priority`, SLA-scoped), with cached name lookups. */
  readonly priorities: PrioritiesResource
  /** Service level agreements (`/SLA`). */
  readonly slas: SlasResource
  /** Appointments (`/Appointment`). */
  readonly appointments: AppointmentsResource
  /** Approval processes (`/ApprovalProcess`). */
  readonly approvalProcesses: ApprovalProcessesResource
  /** Workflows (`/Workflow`). */
  readonly workflows: WorkflowsResource
  /** Time entries (`/TimesheetEvent`): `list`, `create`, `mine()`. */
  readonly timeEntries: TimeEntriesResource
  /** Timesheets (`/Timesheet`): `list`, `get`, `mine()`, `save`. */
  readonly timesheets: TimesheetsResource
  /** Projects (`/Projects`) and their tasks (child tickets): `project.getTasks()`, `addTask`. */
  readonly projects: ProjectsResource
  /** Ticket rules (`/TicketRules`). */
  readonly ticketRules: TicketRulesResource
  // @halo/assets
  /** Assets (`/Asset`): `getNextTag()`, `asset.getSoftware()`. */
  readonly assets: AssetsResource
  /** Asset types (`/AssetType`). */
  readonly assetTypes: AssetTypesResource
  // @halo/kb
  /** Knowledge-base articles (`/KBArticle`): `search(term)`, `article.vote({ helpful })`. */
  readonly kbArticles: KbArticlesResource
  /** FAQ lists (`/FAQLists`). */
  readonly faqLists: FaqListsResource
  // @halo/reporting
  /** Saved reports (`/Report`): `report.run()`, `generatePdf()`, `bookmark()`, SQL, CSV and Excel export. */
  readonly reports: ReportsResource
  /** Dashboards (`/DashboardLinks`). */
  readonly dashboards: DashboardsResource
  // @halo/finance
  readonly invoices: InvoicesResource
  readonly recurringInvoices: RecurringInvoicesResource
  readonly quotations: QuotationsResource
  readonly purchaseOrders: PurchaseOrdersResource
  readonly salesOrders: SalesOrdersResource
  readonly items: ItemsResource
  readonly contracts: ContractsResource
  readonly suppliers: SuppliersResource
  // @halo/crm
  /** Customers (`/Client`): `client.getSites()`, `getUsers()`, `getContracts()`. */
  readonly clients: ClientsResource
  readonly sites: SitesResource
  /** End users (`/Users`): `getMe()`, `user.addRole(id)` keeping existing roles. */
  readonly users: UsersResource
  /** Agents (`/Agent`), with cached `idOf(name)`. */
  readonly agents: AgentsResource
  /** Teams (`/Team`), with cached `idOf(name)`. */
  readonly teams: TeamsResource
  /** User roles (`/UserRoles`). */
  readonly roles: RolesResource
  /** CRM notes on clients (`/CRMNote`). */
  readonly crmNotes: CrmNotesResource
  readonly opportunities: OpportunitiesResource
  // @halo/admin
  /** Field definitions (`/FieldInfo`). */
  readonly fields: AdminFieldsResource
  /** Custom field definitions. */
  readonly customFields: CustomFieldsResource
  /** Lookup lists (`/Lookup`). */
  readonly lookups: LookupsResource
  /** Custom tables (`/CustomTable`). */
  readonly customTables: CustomTablesResource
  /** Action outcomes (`/Outcome`), with cached `idOf(name)`. */
  readonly outcomes: OutcomesResource
}

/** The name of a hand-written resource of `HaloClient`. */
export type HaloResourceName = keyof HaloResources

/** Every resource factory, by the property it is attached as (checked against `HaloResources`). */
export const resourceFactories: { readonly [K in HaloResourceName]: (core: HaloCore) => HaloResources[K] } = {
  tickets,
  actions,
  ticketTypes,
  categories,
  attachments,
  statuses,
  priorities,
  slas,
  appointments,
  approvalProcesses,
  workflows,
  timeEntries,
  timesheets,
  projects,
  ticketRules,
  assets,
  assetTypes,
  kbArticles,
  faqLists,
  reports,
  dashboards,
  invoices,
  recurringInvoices,
  quotations,
  purchaseOrders,
  salesOrders,
  items,
  contracts,
  suppliers,
  clients,
  sites,
  users,
  agents,
  teams,
  roles,
  crmNotes,
  opportunities,
  fields,
  customFields,
  lookups,
  customTables,
  outcomes,
}

/** Builds every hand-written resource over one core. */
export function createResources(core: HaloCore): HaloResources {
  const resources: Partial<Record<HaloResourceName, unknown>> = {}
  for (const name of Object.keys(resourceFactories) as HaloResourceName[]) {
    resources[name] = resourceFactories[name](core)
  }
  return resources as HaloResources
}
