import type { HaloCore } from '@halo/core'
import { ticketRuleCrud } from '../../generated/crud-definitions.js'

export type { TicketRuleRecord } from '../../generated/crud-definitions.js'

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
  return ticketRuleCrud.methods(core)
}

export type TicketRulesResource = ReturnType<typeof ticketRules>
