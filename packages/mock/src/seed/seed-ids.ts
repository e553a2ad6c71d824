// Stable ids of the seeded data, so tests, examples and docs can refer to records by name.

/** Credentials the mock accepts unless configured otherwise. */
export const mockCredentials = {
  clientId: 'halo-mock-client',
  clientSecret: 'halo-mock-secret',
} as const

export const seed = {
  /** Ticket type "Incident" (has field groups, category tiers and lookup fields). */
  ticketTypeId: 1,
  serviceRequestTypeId: 2,
  problemTypeId: 3,
  changeRequestTypeId: 4,
  /** Ticket type used by opportunities (`use: 'opps'`). */
  opportunityTypeId: 5,
  projectTypeId: 6,

  /** First seeded ticket: "Outlook keeps asking for a password", Northwind Logistics, 2 attachments. */
  ticketId: 1001,
  firstTicketId: 1001,
  /** Tickets seeded when `ticketCount` is not given. */
  defaultTicketCount: 120,

  /** Halo "client" (customer organisation) Northwind Logistics. */
  clientId: 11,
  /** An inactive client: hidden unless `includeinactive=true`. */
  inactiveClientId: 16,
  /** Northwind Logistics head office, Leeds. */
  siteId: 21,
  /** Jordan Ellis, Northwind Logistics (key contact, has two roles). */
  userId: 101,
  /** Agent Priya Shah, 1st Line Support. */
  agentId: 2,
  /** The agent the API application logs in as (`GET /Agent/me`). */
  apiAgentId: 1,
  /** Team "1st Line Support". */
  teamId: 1,
  /** End-user role "Key Contact". */
  userRoleId: 2,

  /** Status ids. */
  statusNewId: 1,
  statusInProgressId: 2,
  statusClosedId: 9,
  /** SLA "Standard Business Hours" and the priority ids inside it (`priority_id` on tickets). */
  slaId: 1,
  priorityCriticalId: 1,
  priorityHighId: 2,
  priorityMediumId: 3,
  priorityLowId: 4,

  /** Outcome ids: "Private Note", "Email User", "Resolved". */
  outcomeNoteId: 1,
  outcomeEmailUserId: 2,
  outcomeResolvedId: 3,

  /** Category tier 1 value "Hardware" (category ids are unique across the four tiers). */
  categoryId: 1,

  /** First attachment on the first ticket (`error_log.txt`). */
  attachmentId: 501,

  /** Asset NW-LT-0001, a laptop at Northwind Logistics. */
  assetId: 3001,
  /** Asset type "Laptop". */
  assetTypeId: 1,
  /** Assets seeded when `assetCount` is not given. */
  defaultAssetCount: 130,

  /** KB article "Reset your password with self-service". */
  kbArticleId: 1,
  faqListId: 1,
  /** Report "Open tickets by client". */
  reportId: 1,
  dashboardId: 1,
  supplierId: 1,
  contractId: 1,
  invoiceId: 7001,
  recurringInvoiceId: 7501,
  quotationId: 8001,
  itemId: 1,
  purchaseOrderId: 9001,
  salesOrderId: 9501,
  appointmentId: 1,
  /** First opportunity (served by `/Opportunities`, envelope key `tickets`). */
  opportunityId: 900001,
} as const

export type SeedIds = typeof seed
