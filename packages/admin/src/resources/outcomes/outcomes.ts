import type { HaloCore } from '@halo/core'
import {
  crudMethods,
  type HaloRecord,
  nameLookupMethods,
  perCoreNameLookup,
  type RecordHelpers,
  recordDecorator,
} from '@halo/core/resource'
import {
  type DeleteOutcomeParams,
  deleteOutcome,
  type GetOutcomeParams,
  getOutcome,
  listOutcomes,
  type Outcome,
  upsertOutcomes,
} from '../../generated/index.js'

/** Helpers on an action outcome returned by `outcomes(core)`. */
export type OutcomeHelpers = RecordHelpers<Outcome, GetOutcomeParams, DeleteOutcomeParams>

/** An action outcome (Halo's `TOutcome`; its name is the `outcome` field), plus non-enumerable helpers. */
export type OutcomeRecord = HaloRecord<Outcome, GetOutcomeParams, DeleteOutcomeParams>

export function outcomeRecord(core: HaloCore, outcome: Outcome): OutcomeRecord {
  return recordDecorator(core, 'outcome', { get: getOutcome, upsert: upsertOutcomes, remove: deleteOutcome })(
    outcome,
  )
}

const outcomeNames = perCoreNameLookup<number>({
  kind: 'outcome',
  // An outcome's name is its `outcome` field ("Private Note"); the button label is not used, since
  // one outcome's button text may equal another outcome's name.
  load: async (core) =>
    (await listOutcomes(core)).flatMap((o) =>
      typeof o.id === 'number' ? [{ name: o.outcome, id: o.id }] : [],
    ),
})

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
  const decorate = (outcome: Outcome) => outcomeRecord(core, outcome)
  return {
    ...crudMethods(
      core,
      { list: listOutcomes, get: getOutcome, upsert: upsertOutcomes, remove: deleteOutcome },
      decorate,
    ),
    ...nameLookupMethods(core, outcomeNames),
  }
}

export type OutcomesResource = ReturnType<typeof outcomes>
