import type { HaloCore } from '@halo/core'
import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import { deleteOutcome, getOutcome, listOutcomes, upsertOutcomes } from '../../generated/index.js'

const outcomeResource = defineCrudResource('outcome', {
  list: listOutcomes,
  get: getOutcome,
  upsert: upsertOutcomes,
  remove: deleteOutcome,
  // An outcome's name is its `outcome` field ("Private Note"); the button label is not used, since
  // one outcome's button text may equal another outcome's name.
}).named((outcome) => outcome.outcome)

/** Helpers on an action outcome returned by `outcomes(core)`. */
export type OutcomeHelpers = CrudRecordHelpersOf<typeof outcomeResource>

/** An action outcome (Halo's `TOutcome`; its name is the `outcome` field), plus non-enumerable helpers. */
export type OutcomeRecord = CrudRecordOf<typeof outcomeResource>

/**
 * Action outcomes (`/Outcome`, a bare array): `list`, `get`, `create`, `update`, `delete`, `createMany`,
 * `upsertMany`, and `idOf(name)` for `ticket.addAction({ outcome_id })`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { outcomes } from '@halo/admin'
 * import { tickets } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const privateNote = await outcomes(core).idOf('Private Note')
 * const ticket = await tickets(core).get(1001)
 * await ticket.addAction({ note_html: '<p>Checked the mailbox rules.</p>', outcome_id: privateNote })
 * ```
 */
export function outcomes(core: HaloCore) {
  return outcomeResource.methods(core)
}

export type OutcomesResource = ReturnType<typeof outcomes>
