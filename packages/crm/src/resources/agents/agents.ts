import {
  crudMethods,
  type HaloCore,
  nameLookupMethods,
  perCoreNameLookup,
  type RecordHelpers,
  type RequestOptions,
  recordHelpers,
  searchMethods,
  withMethods,
} from '@halo/core'
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
export interface AgentHelpers extends RecordHelpers<AgentRecord, Agent, GetAgentParams, DeleteAgentParams> {}

/** An agent (a technician; Halo's `Uname`): every wire field Halo sent, plus non-enumerable helpers. */
export type AgentRecord = Agent & AgentHelpers

export function agentRecord(core: HaloCore, agent: Agent): AgentRecord {
  const decorate = (entity: Agent) => agentRecord(core, entity)
  return withMethods(
    agent,
    recordHelpers(
      core,
      agent,
      'agent',
      { get: getAgent, upsert: upsertAgents, remove: deleteAgent },
      decorate,
    ),
  )
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
