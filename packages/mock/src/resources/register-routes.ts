import type { RouteTable } from '../http/route-table.js'
import type { RouteHandler } from '../mock/context.js'
import { registerActions } from './actions.js'
import { registerAssets } from './assets.js'
import { registerAttachments } from './attachments.js'
import { registerFinance } from './finance.js'
import { registerKnowledgeBase } from './knowledge-base.js'
import { registerOrganisation } from './organisation.js'
import { registerReporting } from './reporting.js'
import { registerServiceDeskConfig } from './service-desk-config.js'
import { registerTickets } from './tickets.js'

/** Every simulated operation. Paths are relative to `/api` and matched case-insensitively. */
export function registerRoutes(table: RouteTable<RouteHandler>): RouteTable<RouteHandler> {
  registerTickets(table)
  registerActions(table)
  registerAttachments(table)
  registerServiceDeskConfig(table)
  registerOrganisation(table)
  registerAssets(table)
  registerFinance(table)
  registerKnowledgeBase(table)
  registerReporting(table)
  return table
}
