import type { HaloCore } from '@halo/core'
import { outcomeCrud } from '../../generated/crud-definitions.js'

// An outcome's name is its `outcome` field ("Private Note"); the button label is not used, since
// one outcome's button text may equal another outcome's name.
const outcomeResource = /* @__PURE__ */ outcomeCrud.named((outcome) => outcome.outcome)

export type { OutcomeHelpers, OutcomeRecord } from '../../generated/crud-definitions.js'

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
