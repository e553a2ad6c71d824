import { getAssetTool } from './assets/get-asset.js'
import { listAssetsTool } from './assets/list-assets.js'
import { getClientTool } from './directory/get-client.js'
import { listClientsTool } from './directory/list-clients.js'
import { listUsersTool } from './directory/list-users.js'
import type { HaloTool } from './halo-tool.js'
import { getKbArticleTool } from './kb/get-kb-article.js'
import { searchKbTool } from './kb/search-kb.js'
import { lookupTool } from './lookups/lookup.js'
import { callOperationTool } from './operations/call-operation.js'
import { findOperationsTool } from './operations/find-operations.js'
import { runReportTool } from './reports/run-report.js'
import { searchTool } from './search-tool.js'
import { addActionTool } from './tickets/add-action.js'
import { createTicketTool } from './tickets/create-ticket.js'
import { getTicketTool } from './tickets/get-ticket.js'
import { getTicketTypeFieldsTool } from './tickets/get-ticket-type-fields.js'
import { listTicketsTool } from './tickets/list-tickets.js'
import { updateTicketTool } from './tickets/update-ticket.js'

/** Every tool the server offers, in the order clients list them. */
export const haloTools: readonly HaloTool[] = [
  searchTool,
  listTicketsTool,
  getTicketTool,
  createTicketTool,
  updateTicketTool,
  addActionTool,
  listClientsTool,
  getClientTool,
  listUsersTool,
  listAssetsTool,
  getAssetTool,
  searchKbTool,
  getKbArticleTool,
  runReportTool,
  getTicketTypeFieldsTool,
  lookupTool,
  findOperationsTool,
  callOperationTool,
]
