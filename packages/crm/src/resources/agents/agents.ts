import type { HaloCore } from '@halo/core'
import { agentCrud } from '../../generated/crud-definitions.js'
import { getCurrentAgent } from '../../generated/index.js'

// `named()` keeps one name cache per core, so that `agents(core)` made twice (or by the facade and by
// hand) shares it.
const agentResource = /* @__PURE__ */ agentCrud.named().searchable().withGetMe(getCurrentAgent)

export type { AgentHelpers, AgentRecord } from '../../generated/crud-definitions.js'

/**
 * Agents (`/Agent`, a bare array): `list({ team_id })`, `search`, `get`, `create`, `update`, `delete`,
 * `createMany`, `upsertMany`, `getMe()` (the agent the API application acts as) and `idOf(name)`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { agents } from '@halo/crm'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const priyaId = await agents(core).idOf('Priya Shah')
 * const firstLine = await agents(core).list({ team_id: 1 })
 * const apiAgent = await agents(core).getMe()
 * ```
 */
export function agents(core: HaloCore) {
  return agentResource.methods(core)
}

export type AgentsResource = ReturnType<typeof agents>
