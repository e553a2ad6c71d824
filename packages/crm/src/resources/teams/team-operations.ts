// Team operations (`/Team`, Halo tag `SectionDetail`), described by hand for the same reason as the
// agent operations (see ../agents/agent-operations.ts): the generator files the tag under @halo/admin.
import type { OperationDescriptor } from '@halo/core'

/** A team (Halo's `SectionDetail`): the fields most callers read; every other wire field is kept. */
export interface TeamData {
  id?: number | null
  guid?: string | null
  name?: string | null
  sequence?: number | null
  department_id?: number | null
  department_name?: string | null
  inactive?: boolean | null
  forrequests?: boolean | null
  foropps?: boolean | null
  forprojects?: boolean | null
  ticket_count?: number | null
  /** Members, with `includeagents=true`. */
  agents?: { id?: number | null; name?: string | null; [wireName: string]: unknown }[] | null
  [wireName: string]: unknown
}

/** Filters of `teams.list(params)` (`GET /Team`), by wire name. */
export interface ListTeamsFilters {
  readonly department_id?: number | undefined
  readonly ids?: string | undefined
  readonly includedisabled?: boolean | undefined
  readonly includeenabled?: boolean | undefined
  readonly showcounts?: boolean | undefined
  readonly type?: string | undefined
  readonly include_managers?: boolean | undefined
  readonly [wireName: string]: unknown
}

/** Parameters of `teams.get(id, params)` (`GET /Team/{id}`). */
export interface GetTeamParams {
  readonly id: number
  readonly includeagents?: boolean | undefined
  readonly includedetails?: boolean | undefined
  readonly [wireName: string]: unknown
}

export interface DeleteTeamParams {
  readonly id: number
  readonly [wireName: string]: unknown
}

export const teamOperations = {
  list: {
    name: 'listTeams',
    method: 'GET',
    path: '/Team',
    tag: 'SectionDetail',
    queryParams: [
      'department_id',
      'ids',
      'includedisabled',
      'includeenabled',
      'showcounts',
      'type',
      'include_managers',
    ],
  },
  get: {
    name: 'getTeam',
    method: 'GET',
    path: '/Team/{id}',
    tag: 'SectionDetail',
    pathParams: { id: 'integer' },
    queryParams: ['includeagents', 'includedetails'],
  },
  upsert: { name: 'upsertTeams', method: 'POST', path: '/Team', tag: 'SectionDetail', body: 'json-array' },
  remove: {
    name: 'deleteTeam',
    method: 'DELETE',
    path: '/Team/{id}',
    tag: 'SectionDetail',
    pathParams: { id: 'integer' },
  },
} as const satisfies Record<string, OperationDescriptor>
