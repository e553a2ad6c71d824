import type { HaloCore } from '@halo/core'
import { deleteMethods, getMethods, listMethods, searchMethods, writeMethods } from '@halo/core'
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
    ...listMethods(core, listTickets, decorate),
    ...searchMethods(core, listTickets, decorate),
    ...getMethods(core, getTicket, decorate),
    ...writeMethods(core, upsertTickets, decorate),
    ...deleteMethods(core, deleteTicket),
  }
}

export type TicketsResource = ReturnType<typeof tickets>
