import { type HaloCore, HaloUnexpectedResponseError, type RequestOptions } from '@halo/core'
import { type Decorate, writeMethods } from '@halo/core/resource'
import { type Ticket, upsertTickets } from '../../generated/index.js'
import { checkPositiveInteger } from '../shared/record-id.js'

/**
 * Restores a deleted ticket: `POST /Tickets [{ id, _recover: true }]`, the control flag Halo's ticket
 * schema carries for it (docs/halo-api.md, "Tickets"). Deleted tickets are listed with
 * `tickets.list({ deleted: true })`. An answer that still says `deleted: true` means Halo did not
 * restore it, which fails loudly rather than passing for success.
 */
export async function restoreTicket<TRecord>(
  core: HaloCore,
  id: number,
  decorate: Decorate<Ticket, TRecord>,
  options?: RequestOptions,
): Promise<TRecord> {
  const ticketId = checkPositiveInteger(id, 'ticket id')
  let answered: Ticket | undefined
  const record = await writeMethods(core, upsertTickets, (ticket: Ticket) => {
    answered = ticket
    return decorate(ticket)
  }).update(ticketId, { _recover: true }, options)
  if (answered?.deleted === true) {
    throw new HaloUnexpectedResponseError(
      `Ticket ${ticketId} is still deleted after POST /Tickets with _recover: true. Check that the agent may restore tickets and that this Halo version supports restoring through the API.`,
      { method: 'POST', url: `${core.apiUrl}/Tickets`, body: answered },
    )
  }
  return record
}
