import type { HaloCore, RequestOptions } from '@halo/core'
import type { BatchOptions, CreateMethod } from '@halo/core/resource'
import { listMethods, writeMethods } from '@halo/core/resource'
import type { Actions, DeleteActionParams, GetActionParams } from '../../generated/index.js'
import { deleteAction, getAction, listActions, upsertActions } from '../../generated/index.js'
import { checkPositiveInteger } from '../shared/record-id.js'
import { type ActionRecord, actionRecord } from './action-record.js'
import { checkActionDrafts, requireTicketId } from './check-action-drafts.js'

/** Parameters of `actions.get(id, params)`: `ticket_id` is required (action ids are per ticket). */
export type GetActionOptions = Omit<GetActionParams, 'id' | 'ticket_id'> & { readonly ticket_id: number }

/**
 * Actions on tickets (`/Actions`). Action ids are per-ticket sequence numbers (a ticket's first action is
 * 1), so `get` and `delete` take the ticket's id as well, and every write names its `ticket_id`. New actions
 * need an outcome (`outcome` name or `outcome_id`); both are checked before anything is posted.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { actions } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * await actions(core).create({
 *   ticket_id: 1001,
 *   outcome: 'Private Note',
 *   note_html: '<p>Called the user back.</p>',
 * })
 * const first = await actions(core).get(1, { ticket_id: 1001 })
 * ```
 */
export function actions(core: HaloCore) {
  const decorate = (action: Actions): ActionRecord => actionRecord(core, action)
  const write = writeMethods(core, upsertActions, decorate)
  const asArray = (data: Actions | readonly Actions[]): readonly Actions[] =>
    Array.isArray(data) ? data : [data as Actions]

  async function create(
    data: Actions | readonly Actions[],
    options?: RequestOptions,
  ): Promise<ActionRecord | ActionRecord[]> {
    checkActionDrafts(asArray(data), 'create')
    return write.create(data as Actions, options)
  }

  return {
    ...listMethods(core, listActions, decorate),
    /** One action: `get(2, { ticket_id: 1001 })`. */
    async get(id: number, params: GetActionOptions, options?: RequestOptions): Promise<ActionRecord> {
      const ticketId = requireTicketId(params?.ticket_id, 'get')
      const action = await getAction(
        core,
        { ...params, id: checkPositiveInteger(id, 'action id'), ticket_id: ticketId },
        options,
      )
      return decorate(action)
    },
    /** Adds an action (or several): `ticket_id` and an outcome are required. */
    create: create as CreateMethod<Actions, ActionRecord>,
    /** Updates an action: `update(2, { ticket_id: 1001, note_html: '…' })`. */
    async update(id: number, patch: Actions, options?: RequestOptions): Promise<ActionRecord> {
      checkActionDrafts([{ ...patch, id }], 'update')
      return write.update(id, patch, options)
    },
    /** Posts many actions, 100 per POST, after checking every one. */
    async createMany(items: readonly Actions[], options?: BatchOptions) {
      checkActionDrafts(items, 'createMany')
      return write.createMany(items, options)
    },
    /** Creates or updates many actions, 100 per POST, after checking every one. */
    async upsertMany(items: readonly Actions[], options?: BatchOptions) {
      checkActionDrafts(items, 'upsertMany')
      return write.upsertMany(items, options)
    },
    /** `DELETE /Actions/{id}?ticket_id=`. */
    async delete(
      id: number,
      params: { readonly ticket_id: number },
      options?: RequestOptions,
    ): Promise<unknown> {
      const ticketId = requireTicketId(params?.ticket_id, 'delete')
      const wire: DeleteActionParams & { readonly ticket_id: number } = {
        id: checkPositiveInteger(id, 'action id'),
        ticket_id: ticketId,
      }
      return deleteAction(core, wire, options)
    },
  }
}

export type ActionsResource = ReturnType<typeof actions>
