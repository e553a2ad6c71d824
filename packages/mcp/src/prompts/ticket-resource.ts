import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { HaloApi } from '../api/halo-api.js'
import { readTicket } from '../tools/tickets/get-ticket.js'

/** `halo://tickets/1001`. */
export function ticketResourceUri(id: number): string {
  return `halo://tickets/${id}`
}

/**
 * A ticket as a resource (`halo://tickets/{id}`): the same compact view as get_ticket, for clients that
 * let users attach a ticket to a conversation. Not listed (there are too many tickets to list).
 */
export function registerTicketResource(server: McpServer, api: HaloApi): void {
  server.registerResource(
    'ticket',
    new ResourceTemplate('halo://tickets/{id}', { list: undefined }),
    {
      title: 'Halo ticket',
      description: 'A ticket with its details and latest actions, as JSON',
      mimeType: 'application/json',
    },
    async (uri, variables, extra) => {
      const raw = Array.isArray(variables.id) ? variables.id[0] : variables.id
      const id = Number(raw)
      if (!Number.isSafeInteger(id) || id <= 0) throw new Error(`Not a ticket id: ${String(raw)}`)
      const ticket = await readTicket(api, id, { signal: extra.signal })
      return {
        contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(ticket.value) }],
      }
    },
  )
}
