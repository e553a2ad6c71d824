import type { HaloCore } from '@halo/core'
import { crudMethods, searchMethods } from '@halo/core'
import type { Ticket } from '../../generated/index.js'
import { deleteTicket, getTicket, listTickets, upsertTickets } from '../../generated/index.js'
import { type TicketRecord, ticketRecord } from './ticket-record.js'

/**
 * Tickets (`/Tickets`): `list` and `search` page through every match, `get(id, { includedetails })`,
 * `create` one or many, `update(id, patch)`, `createMany` / `upsertMany` in chunks of 100, `delete`.
 * Records carry helpers: `ticket.update`, `addAction`, `addAttachment`, `getActions`, `getAttachments`,
 * `refresh`, `delete`, `customFields`, `setCustomField`.
 */
export function tickets(core: HaloCore) {
  const decorate = (ticket: Ticket): TicketRecord => ticketRecord(core, ticket)
  return {
    ...crudMethods(
      core,
      { list: listTickets, get: getTicket, upsert: upsertTickets, remove: deleteTicket },
      decorate,
    ),
    ...searchMethods(core, listTickets, decorate),
  }
}

export type TicketsResource = ReturnType<typeof tickets>
