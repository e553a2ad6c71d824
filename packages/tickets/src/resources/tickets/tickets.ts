import type { HaloCore, RequestOptions } from '@halo/core'
import { restoreTicket } from './restore-ticket.js'
import { type TicketRecord, ticketResource } from './ticket-record.js'

/**
 * Tickets (`/Tickets`): `list` and `search` page through every match, `get(id, { includedetails })`,
 * `create` one or many, `update(id, patch)`, `createMany` / `upsertMany` in chunks of 100, `delete`,
 * `restore(id)` of a deleted ticket. Records carry helpers: `ticket.update`, `addAction`,
 * `addAttachment`, `getActions`, `getAttachments`, `refresh`, `delete`, `restore`, `customFields`,
 * `setCustomField`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { tickets } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const ticket = await tickets(core).create({ tickettype_id: 1, client_id: 11, summary: 'Printer jam' })
 * await ticket.addAction({ note_html: '<p>Cleared the paper tray.</p>', outcome_id: 1 })
 * for await (const open of tickets(core).list({ client_id: 11, open_only: true })) {
 *   console.log(open.id, open.summary)
 * }
 * ```
 */
export function tickets(core: HaloCore) {
  return {
    ...ticketResource.methods(core),
    /**
     * Restores a deleted ticket (`POST /Tickets [{ id, _recover: true }]`) and answers it as Halo returns
     * it. `list({ deleted: true })` lists the deleted tickets.
     */
    restore(id: number, options?: RequestOptions): Promise<TicketRecord> {
      return restoreTicket(core, id, (ticket) => ticketResource.record(core, ticket), options)
    },
  }
}

export type TicketsResource = ReturnType<typeof tickets>
