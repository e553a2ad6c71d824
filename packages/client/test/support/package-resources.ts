// The same resources as the facade's, built straight from the domain packages over `createHaloCore`,
// so every contract row is also proven to work without @halo/client.
import { customFields, customTables, fields, lookups, outcomes } from '@halo/admin'
import { assets, assetTypes } from '@halo/assets'
import { createHaloCore, type HaloCore } from '@halo/core'
import { agents, clients, crmNotes, opportunities, roles, sites, teams, users } from '@halo/crm'
import {
  contracts,
  invoices,
  items,
  purchaseOrders,
  quotations,
  recurringInvoices,
  salesOrders,
  suppliers,
} from '@halo/finance'
import { faqLists, kbArticles } from '@halo/kb'
import { dashboards, reports } from '@halo/reporting'
import {
  actions,
  appointments,
  approvalProcesses,
  attachments,
  categories,
  priorities,
  projects,
  slas,
  statuses,
  ticketRules,
  tickets,
  ticketTypes,
  timeEntries,
  timesheets,
  workflows,
} from '@halo/tickets'
import type { HaloResources } from '../../src/index.js'
import { mockCoreOptions } from './mock-halo.js'

export type CoreWithResources = HaloCore & HaloResources

/** A `createHaloCore` core with each domain package's factories applied to it. */
export function packageResources(): CoreWithResources {
  const core = createHaloCore(mockCoreOptions)
  const resources: HaloResources = {
    tickets: tickets(core),
    actions: actions(core),
    ticketTypes: ticketTypes(core),
    categories: categories(core),
    attachments: attachments(core),
    statuses: statuses(core),
    priorities: priorities(core),
    slas: slas(core),
    appointments: appointments(core),
    approvalProcesses: approvalProcesses(core),
    workflows: workflows(core),
    timeEntries: timeEntries(core),
    timesheets: timesheets(core),
    projects: projects(core),
    ticketRules: ticketRules(core),
    assets: assets(core),
    assetTypes: assetTypes(core),
    kbArticles: kbArticles(core),
    faqLists: faqLists(core),
    reports: reports(core),
    dashboards: dashboards(core),
    invoices: invoices(core),
    recurringInvoices: recurringInvoices(core),
    quotations: quotations(core),
    purchaseOrders: purchaseOrders(core),
    salesOrders: salesOrders(core),
    items: items(core),
    contracts: contracts(core),
    suppliers: suppliers(core),
    clients: clients(core),
    sites: sites(core),
    users: users(core),
    agents: agents(core),
    teams: teams(core),
    roles: roles(core),
    crmNotes: crmNotes(core),
    opportunities: opportunities(core),
    fields: fields(core),
    customFields: customFields(core),
    lookups: lookups(core),
    customTables: customTables(core),
    outcomes: outcomes(core),
  }
  return { ...core, ...resources }
}
