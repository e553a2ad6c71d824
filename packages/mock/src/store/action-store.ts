// Actions belong to a ticket and are numbered per ticket (a new action gets the ticket's highest action
// id + 1: docs/halo-api.md, "Actions"). A generated ticket's actions are generated too, until one is written.
import { makeActions } from '../seed/tickets.js'
import type { Collection } from './collection.js'
import type { ActionRecord, TicketRecord } from './records.js'

export class ActionStore {
  readonly #byTicket = new Map<number, ActionRecord[]>()

  constructor(readonly tickets: Collection<TicketRecord>) {}

  /** The ticket's actions in id order ([] for an unknown ticket). */
  list(ticketId: number): readonly ActionRecord[] {
    const stored = this.#byTicket.get(ticketId)
    if (stored) return stored
    const ticket = this.tickets.get(ticketId)
    return ticket ? makeActions(ticket) : []
  }

  get(ticketId: number, actionId: number): ActionRecord | undefined {
    return this.list(ticketId).find((a) => a.id === actionId)
  }

  #materialise(ticketId: number): ActionRecord[] {
    let stored = this.#byTicket.get(ticketId)
    if (!stored) {
      stored = [...this.list(ticketId)]
      this.#byTicket.set(ticketId, stored)
    }
    return stored
  }

  /** The id the ticket's next action will get. */
  nextId(ticketId: number): number {
    return this.list(ticketId).reduce((max, a) => Math.max(max, a.id), 0) + 1
  }

  add(
    ticketId: number,
    fields: Omit<ActionRecord, 'id' | 'ticket_id'> & Record<string, unknown>,
  ): ActionRecord {
    const id = this.nextId(ticketId)
    const action = Object.assign({ ticket_id: ticketId, id }, fields, {
      ticket_id: ticketId,
      id,
    }) as ActionRecord
    this.#materialise(ticketId).push(action)
    return action
  }

  update(ticketId: number, actionId: number, patch: Record<string, unknown>): ActionRecord | undefined {
    const list = this.#materialise(ticketId)
    const at = list.findIndex((a) => a.id === actionId)
    const current = list[at]
    if (!current) return undefined
    const next = { ...current, ...patch, id: actionId, ticket_id: ticketId } as ActionRecord
    list[at] = next
    return next
  }

  delete(ticketId: number, actionId: number): ActionRecord | undefined {
    const list = this.#materialise(ticketId)
    const at = list.findIndex((a) => a.id === actionId)
    if (at < 0) return undefined
    return list.splice(at, 1)[0]
  }

  /** Replace a ticket's actions (a new ticket starts with its "Logged" action). */
  reset(ticketId: number, actions: ActionRecord[]): void {
    this.#byTicket.set(ticketId, actions)
  }

  /** Forget a deleted ticket's actions. */
  dropTicket(ticketId: number): void {
    this.#byTicket.set(ticketId, [])
  }
}
