import type { Actions } from '../../generated/index.js'

/**
 * Refuses action bodies Halo would reject, before anything is posted (docs/halo-api.md, "Actions"): every action
 * belongs to a ticket (`ticket_id`), and a new action (no `id`) needs an outcome, by name (`outcome`) or
 * id (`outcome_id`). Checking first matters for batches: one bad item would otherwise fail its whole chunk
 * after earlier chunks were written.
 */
export function checkActionDrafts(drafts: readonly Actions[], method: string): void {
  drafts.forEach((draft, index) => {
    const where = drafts.length === 1 ? `actions.${method}` : `actions.${method} (item ${index})`
    if (!isPositiveInteger(draft.ticket_id)) {
      throw new TypeError(
        `${where}: ticket_id is required (an action belongs to a ticket), got ${String(draft.ticket_id)}`,
      )
    }
    const isNew = !isPositiveInteger(draft.id)
    const hasOutcome =
      (typeof draft.outcome === 'string' && draft.outcome.trim() !== '') ||
      isPositiveInteger(draft.outcome_id)
    if (isNew && !hasOutcome) {
      throw new TypeError(
        `${where}: a new action needs an outcome: outcome (its name, e.g. 'Private Note') or outcome_id`,
      )
    }
  })
}

/** Action ids are per-ticket sequence numbers, so reading or deleting one needs its `ticket_id`. */
export function requireTicketId(ticketId: unknown, method: string): number {
  if (!isPositiveInteger(ticketId)) {
    throw new TypeError(
      `actions.${method}(id, { ticket_id }): ticket_id is required, because action ids are numbered per ticket (got ${String(ticketId)})`,
    )
  }
  return ticketId
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
}
