import type { HaloCore, RequestOptions } from '@halo/core'
import {
  crudMethods,
  type HaloRecord,
  nameLookupMethods,
  perCoreNameLookup,
  type RecordHelpers,
  recordDecorator,
  searchMethods,
} from '@halo/core/resource'
import {
  type Agent,
  type DeleteAgentParams,
  deleteAgent,
  type GetAgentParams,
  getAgent,
  getCurrentAgent,
  listAgents,
  upsertAgents,
} from '../../generated/index.js'

/** Helpers on an agent returned by `agents(core)`. */
export type AgentHelpers = RecordHelpers<Agent, GetAgentParams, DeleteAgentParams>

/** An agent (a technician; Halo's `Uname`): every wire field Halo sent, plus non-enumerable helpers. */
export type AgentRecord = HaloRecord<Agent, GetAgentParams, DeleteAgentParams>

export function agentRecord(core: HaloCore, agent: Agent): AgentRecord {
  return recordDecorator(core, 'agent', { get: getAgent, upsert: upsertAgents, remove: deleteAgent })(agent)
}

// One name cache per core, so that `agents(core)` made twice (or by the facade and by hand) shares it.
const agentNames = perCoreNameLookup<number>({
  kind: 'agent',
  load: async (core) =>
    (await listAgents(core)).flatMap((a) => (typeof a.id === 'number' ? [{ name: a.name, id: a.id }] : [])),
})

/**
 * Agents (`/Agent`, a bare array): `list({ team_id })`, `search`, `get`, `create`, `update`, `delete`,
 * `createMany`, `upsertMany`, `getMe()` and `idOf(name)`.
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
  const decorate = (agent: Agent) => agentRecord(core, agent)
  return {
    ...crudMethods(
      core,
      { list: listAgents, get: getAgent, upsert: upsertAgents, remove: deleteAgent },
      decorate,
    ),
    ...searchMethods(core, listAgents, decorate),
    /** The agent the API application acts as (`GET /Agent/me`). */
    async getMe(options?: RequestOptions): Promise<AgentRecord> {
      // The spec documents no body for /Agent/me, so the generated function answers `unknown`; Halo sends a `Uname`.
      return decorate((await getCurrentAgent(core, undefined, options)) as Agent)
    },
    ...nameLookupMethods(core, agentNames),
  }
}

export type AgentsResource = ReturnType<typeof agents>
