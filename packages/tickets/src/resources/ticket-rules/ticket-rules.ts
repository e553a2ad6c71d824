import type { HaloCore } from '@halo/core'
import { crudMethods, type HaloRecord, recordDecorator } from '@halo/core/resource'
import {
  type DeleteTicketRuleParams,
  deleteTicketRule,
  type GetTicketRuleParams,
  getTicketRule,
  listTicketRules,
  type TicketRule,
  upsertTicketRules,
} from '../../generated/index.js'

/** A ticket rule (Halo's `AutoAssign`: the criteria and what a matching ticket gets). */
export type TicketRuleRecord = HaloRecord<TicketRule, GetTicketRuleParams, DeleteTicketRuleParams>

const operations = {
  list: listTicketRules,
  get: getTicketRule,
  upsert: upsertTicketRules,
  remove: deleteTicketRule,
}

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
  return crudMethods(core, operations, recordDecorator(core, 'ticketRule', operations))
}

export type TicketRulesResource = ReturnType<typeof ticketRules>
