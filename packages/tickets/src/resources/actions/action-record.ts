import type { HaloCore } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import type { Actions, DeleteActionParams, GetActionParams } from '../../generated/index.js'
import { deleteAction, getAction, upsertActions } from '../../generated/index.js'

/** Helpers of an action record: `update`, `delete`, `refresh`, each addressed by `id` and `ticket_id`. */
export type ActionHelpers = RecordHelpers<Actions, GetActionParams, DeleteActionParams>

/** An action (`Actions`) as Halo sent it, with helpers. */
export type ActionRecord = HaloRecord<Actions, GetActionParams, DeleteActionParams>

/** Attaches the helpers to an action Halo returned. */
export function actionRecord(core: HaloCore, action: Actions): ActionRecord {
  return recordDecorator(core, 'action', {
    get: getAction,
    upsert: upsertActions,
    remove: deleteAction,
    // Halo addresses an action by its ticket too: `ticket_id` goes with every helper's call, the DELETE
    // included although the spec does not list it there (docs/halo-api.md, actions).
    keys: (entity, helper) => ({ ticket_id: ticketIdOf(entity, helper) }),
  })(action)
}

function ticketIdOf(action: Actions, helper: string): number {
  const ticketId = action.ticket_id
  if (typeof ticketId === 'number' && Number.isInteger(ticketId) && ticketId > 0) return ticketId
  throw new TypeError(
    `action.${helper}(): this action record has no ticket_id (got ${JSON.stringify(ticketId) ?? 'undefined'}); fetch it through the library first.`,
  )
}
