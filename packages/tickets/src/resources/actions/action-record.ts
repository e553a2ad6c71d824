import type { HaloCore, RequestOptions } from '@halo/core'
import { oneOrMany, withMethods } from '@halo/core'
import type { Actions } from '../../generated/index.js'
import { deleteAction, getAction, upsertActions } from '../../generated/index.js'
import { requireRecordId } from '../shared/record-id.js'

/** Helpers of an action record. */
export interface ActionHelpers {
  /** POSTs `[{ ...patch, id, ticket_id }]` and answers the updated action. */
  update(patch: Actions, options?: RequestOptions): Promise<ActionRecord>
  /** Fetches the action again (with `includedetails=true`). */
  refresh(options?: RequestOptions): Promise<ActionRecord>
  /** `DELETE /Actions/{id}?ticket_id=`. */
  delete(options?: RequestOptions): Promise<unknown>
}

/** An action (`Actions`) as Halo sent it, with helpers. */
export type ActionRecord = Actions & ActionHelpers

/** Attaches the helpers to an action Halo returned. */
export function actionRecord(core: HaloCore, action: Actions): ActionRecord {
  const keys = (helper: string) => ({
    id: requireRecordId(action.id, 'action', helper),
    ticket_id: requireRecordId(action.ticket_id, 'action', helper),
  })
  return withMethods(action, {
    async update(patch: Actions, options?: RequestOptions): Promise<ActionRecord> {
      const body: Actions = { ...patch, ...keys('update') }
      const updated = await oneOrMany(
        body,
        (items) => upsertActions(core, { body: items }, options) as Promise<Actions | Actions[]>,
      )
      return actionRecord(core, updated)
    },
    async refresh(options?: RequestOptions): Promise<ActionRecord> {
      return actionRecord(core, await getAction(core, { ...keys('refresh'), includedetails: true }, options))
    },
    async delete(options?: RequestOptions): Promise<unknown> {
      // `ticket_id` is not in the spec's DELETE parameters but Halo needs it (docs/halo-api.md, "Actions"); the core
      // passes undocumented parameters through as query.
      const params: Parameters<typeof deleteAction>[1] = keys('delete')
      return deleteAction(core, params, options)
    },
  })
}
