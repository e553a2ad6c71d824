import type { HaloCore } from '@halo/core'
import { type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import { deleteTicketRule, getTicketRule, listTicketRules, upsertTicketRules } from '../../generated/index.js'

const ticketRuleResource = defineCrudResource('ticketRule', {
  list: listTicketRules,
  get: getTicketRule,
  upsert: upsertTicketRules,
  remove: deleteTicketRule,
})

/** A ticket rule (Halo's `AutoAssign`: the criteria and what a matching ticket gets). */
export type TicketRuleRecord = CrudRecordOf<typeof ticketRuleResource>

/**
 * Ticket rules (`/TicketRules`): `list`, `get`, `create`, `update`, `delete`, `deleteMany`,
 * `createMany`, `upsertMany`; records carry `update`, `delete`, `refresh`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { ticketRules } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const rules = await ticketRules(core).list()
 * await rules[0]?.update({ name: 'Printers to 2nd line' })
 * ```
 */
export function ticketRules(core: HaloCore) {
  return ticketRuleResource.methods(core)
}

export type TicketRulesResource = ReturnType<typeof ticketRules>
