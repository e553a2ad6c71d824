// Actions belong to a ticket and are numbered per ticket (a new action gets the ticket's highest action
// id + 1: docs/halo-api.md, "Actions"). A generated ticket's actions are generated too, until one is written.
// The cross-ticket search by when actions happened reads an index of each ticket's action times,
// built by the first such search and kept current from every action write and ticket change (a
// generated ticket's actions follow its fields) once the writes are done.
import { recordDate } from '../http/halo-date.js'
import { makeActions } from '../seed/tickets.js'
import type { Collection } from './collection.js'
import { PendingKeys } from './pending-keys.js'
import type { ActionRecord, TicketRecord } from './records.js'
import { TimeIndex } from './time-index.js'

export class ActionStore {
  readonly #byTicket = new Map<number, ActionRecord[]>()
  #byTime: TimeIndex | undefined
  /** Searches building the index (a caller may pause between the tickets it is given). */
  #building = 0
  /** Tickets whose actions changed since `#byTime` last looked at them (kept while it is built). */
  readonly #pending = new PendingKeys((ticketIds) => {
    const index = this.#byTime
    if (index === undefined) return false
    for (const ticketId of ticketIds) index.set(ticketId, this.#timesOf(ticketId))
    return true
  })

  /**
   * `seededActions(id)` must equal `makeActions(tickets.get(id))` for a generated ticket: it lets the
   * actions be made without generating the ticket first.
   */
  constructor(
    readonly tickets: Collection<TicketRecord>,
    readonly seededActions?: (ticketId: number) => ActionRecord[],
  ) {
    tickets.onChange((ticketId) => this.#changed(ticketId))
  }

  #changed(ticketId: number): void {
    if (this.#byTime !== undefined || this.#building > 0) this.#pending.add(ticketId)
  }

  #timesOf(ticketId: number): number[] {
    return this.tickets.has(ticketId) ? timesOf(this.list(ticketId)) : []
  }

  /**
   * Each ticket (ascending id) that may have an action whose `datetime` lies in [from, to], with its
   * actions: every ticket that has one, and on the first search (which builds the index) every
   * ticket. The caller tests each action.
   */
  *withActionsBetween(
    from: number | undefined,
    to: number | undefined,
  ): IterableIterator<readonly [ticketId: number, actions: readonly ActionRecord[]]> {
    if (this.#byTime === undefined) {
      // Changes made while the caller pauses wait in #pending until the index is built.
      this.#building++
      try {
        const times: (readonly [number, number[]])[] = []
        for (const ticketId of [...this.tickets.ids()]) {
          const actions = this.list(ticketId)
          times.push([ticketId, timesOf(actions)])
          yield [ticketId, actions]
        }
        this.#byTime = TimeIndex.of(times)
        this.#pending.flush()
      } finally {
        this.#building--
      }
      return
    }
    this.#pending.flush()
    for (const ticketId of this.#byTime.keysBetween(from, to)) {
      if (this.tickets.has(ticketId)) yield [ticketId, this.list(ticketId)]
    }
  }

  /** The ticket's actions in id order ([] for an unknown ticket). */
  list(ticketId: number): readonly ActionRecord[] {
    const stored = this.#byTicket.get(ticketId)
    if (stored) return stored
    if (this.seededActions !== undefined && this.tickets.isGenerated(ticketId))
      return this.seededActions(ticketId)
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
    this.#changed(ticketId)
    return action
  }

  update(ticketId: number, actionId: number, patch: Record<string, unknown>): ActionRecord | undefined {
    const list = this.#materialise(ticketId)
    const at = list.findIndex((a) => a.id === actionId)
    const current = list[at]
    if (!current) return undefined
    const next = { ...current, ...patch, id: actionId, ticket_id: ticketId } as ActionRecord
    list[at] = next
    this.#changed(ticketId)
    return next
  }

  delete(ticketId: number, actionId: number): ActionRecord | undefined {
    const list = this.#materialise(ticketId)
    const at = list.findIndex((a) => a.id === actionId)
    if (at < 0) return undefined
    this.#changed(ticketId)
    return list.splice(at, 1)[0]
  }

  /** Replace a ticket's actions (a new ticket starts with its "Logged" action). */
  reset(ticketId: number, actions: ActionRecord[]): void {
    this.#byTicket.set(ticketId, actions)
    this.#changed(ticketId)
  }

  /** Forget a deleted ticket's actions. */
  dropTicket(ticketId: number): void {
    this.#byTicket.set(ticketId, [])
    this.#changed(ticketId)
  }
}

/** When each action happened, in epoch ms (actions without a date left out). */
function timesOf(actions: readonly ActionRecord[]): number[] {
  const times: number[] = []
  for (const action of actions) {
    const at = recordDate(action.datetime)
    if (at !== undefined) times.push(at)
  }
  return times
}
