import {
  deleteMethods,
  getMethods,
  type HaloCore,
  type HaloList,
  listMethods,
  NameLookupCache,
  type RecordHelpers,
  type RequestOptions,
  recordHelpers,
  searchMethods,
  withMethods,
  writeMethods,
} from '@halo/core'
import {
  type AgentData,
  agentOperations,
  type DeleteAgentParams,
  type GetAgentParams,
  type ListAgentsFilters,
} from './agent-operations.js'

// The operation functions the resource builders take, over the hand-written descriptors.
const listAgentData = (
  core: HaloCore,
  params?: ListAgentsFilters,
  options?: RequestOptions,
): HaloList<AgentData> => core.list<AgentData>(agentOperations.list, params, options)
const getAgentData = (core: HaloCore, params: GetAgentParams, options?: RequestOptions): Promise<AgentData> =>
  core.request<AgentData>(agentOperations.get, params, options)
const upsertAgentData = (
  core: HaloCore,
  params: { readonly body: readonly AgentData[] },
  options?: RequestOptions,
) => core.request(agentOperations.upsert, params, options)
const deleteAgentData = (core: HaloCore, params: DeleteAgentParams, options?: RequestOptions) =>
  core.request(agentOperations.remove, params, options)

/** Helpers on an agent returned by `agents(core)`. */
export interface AgentHelpers
  extends RecordHelpers<AgentRecord, AgentData, GetAgentParams, DeleteAgentParams> {}

/** An agent (a technician; Halo's `Uname`): every wire field Halo sent, plus non-enumerable helpers. */
export type AgentRecord = AgentData & AgentHelpers

export function agentRecord(core: HaloCore, agent: AgentData): AgentRecord {
  const decorate = (entity: AgentData) => agentRecord(core, entity)
  return withMethods(
    agent,
    recordHelpers(
      core,
      agent,
      'agent',
      { get: getAgentData, upsert: upsertAgentData, remove: deleteAgentData },
      decorate,
    ),
  )
}

// One name cache per core, so that `agents(core)` made twice (or by the facade and by hand) shares it.
const agentNames = new WeakMap<HaloCore, NameLookupCache<number>>()

function agentNameCache(core: HaloCore): NameLookupCache<number> {
  let cache = agentNames.get(core)
  if (!cache) {
    cache = new NameLookupCache<number>({
      kind: 'agent',
      load: async () =>
        (await listAgentData(core)).flatMap((a) =>
          typeof a.id === 'number' ? [{ name: a.name, id: a.id }] : [],
        ),
    })
    agentNames.set(core, cache)
  }
  return cache
}

/**
 * Agents (`/Agent`, a bare array): `list({ team_id })`, `search`, `get`, `create`, `update`, `delete`,
 * `createMany`, `upsertMany`, `getMe()` and `idOf(name)`.
 */
export function agents(core: HaloCore) {
  const decorate = (agent: AgentData) => agentRecord(core, agent)
  return {
    ...listMethods(core, listAgentData, decorate),
    ...searchMethods(core, listAgentData, decorate),
    ...getMethods(core, getAgentData, decorate),
    ...writeMethods(core, upsertAgentData, decorate),
    ...deleteMethods(core, deleteAgentData),
    /** The agent the API application acts as (`GET /Agent/me`). */
    async getMe(options?: RequestOptions): Promise<AgentRecord> {
      return decorate(await core.request<AgentData>(agentOperations.me, undefined, options))
    },
    /**
     * The id of the agent called `name` (case-insensitive). The agent list is fetched once and cached
     * per core for five minutes; throws `NameLookupError` for an unknown or ambiguous name.
     */
    idOf(name: string, options?: { readonly signal?: AbortSignal }): Promise<number> {
      return agentNameCache(core).resolve(name, options?.signal)
    },
  }
}

export type AgentsResource = ReturnType<typeof agents>
