// Agent operations (`/Agent`, Halo tag `Uname`), described by hand.
//
// Why by hand: the code generator files tag `Uname` under @halo/admin, while the public contract puts
// the `agents` resource in @halo/crm, and @halo/crm does not depend on @halo/admin. These descriptors
// mirror what the generator emits (same paths, wire names, bare-array list); they can be replaced by
// generated imports if the tag moves to crm.
import type { OperationDescriptor } from '@halo/core'

/** An agent (Halo's `Uname`): the fields most callers read; every other wire field is kept, as `unknown`. */
export interface AgentData {
  id?: number | null
  name?: string | null
  firstname?: string | null
  surname?: string | null
  initials?: string | null
  email?: string | null
  jobtitle?: string | null
  team?: string | null
  team_id?: number | null
  isdisabled?: boolean | null
  is_agent?: boolean | null
  colour?: string | null
  ticket_count?: number | null
  teams?: { id?: number | null; name?: string | null; [wireName: string]: unknown }[] | null
  roles?: { id?: number | null; name?: string | null; [wireName: string]: unknown }[] | null
  [wireName: string]: unknown
}

/** Filters of `agents.list(params)` (`GET /Agent`), by wire name. */
export interface ListAgentsFilters {
  readonly search?: string | undefined
  readonly team?: string | undefined
  readonly team_id?: number | undefined
  readonly client_id?: number | undefined
  readonly includedisabled?: boolean | undefined
  readonly includeroles?: boolean | undefined
  readonly includeenabled?: boolean | undefined
  readonly [wireName: string]: unknown
}

/** Parameters of `agents.get(id, params)` (`GET /Agent/{id}`). */
export interface GetAgentParams {
  readonly id: number
  readonly includedetails?: boolean | undefined
  readonly [wireName: string]: unknown
}

export interface DeleteAgentParams {
  readonly id: number
  readonly [wireName: string]: unknown
}

export const agentOperations = {
  list: {
    name: 'listAgents',
    method: 'GET',
    path: '/Agent',
    tag: 'Uname',
    queryParams: [
      'search',
      'team',
      'team_id',
      'client_id',
      'includedisabled',
      'includeroles',
      'includeenabled',
    ],
  },
  me: { name: 'getCurrentAgent', method: 'GET', path: '/Agent/me', tag: 'Uname' },
  get: {
    name: 'getAgent',
    method: 'GET',
    path: '/Agent/{id}',
    tag: 'Uname',
    pathParams: { id: 'integer' },
    queryParams: ['includedetails'],
  },
  upsert: { name: 'upsertAgents', method: 'POST', path: '/Agent', tag: 'Uname', body: 'json-array' },
  remove: {
    name: 'deleteAgent',
    method: 'DELETE',
    path: '/Agent/{id}',
    tag: 'Uname',
    pathParams: { id: 'integer' },
  },
} as const satisfies Record<string, OperationDescriptor>
