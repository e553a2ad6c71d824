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
  withMethods,
  writeMethods,
} from '@halo/core'
import {
  type DeleteTeamParams,
  type GetTeamParams,
  type ListTeamsFilters,
  type TeamData,
  teamOperations,
} from './team-operations.js'

const listTeamData = (
  core: HaloCore,
  params?: ListTeamsFilters,
  options?: RequestOptions,
): HaloList<TeamData> => core.list<TeamData>(teamOperations.list, params, options)
const getTeamData = (core: HaloCore, params: GetTeamParams, options?: RequestOptions): Promise<TeamData> =>
  core.request<TeamData>(teamOperations.get, params, options)
const upsertTeamData = (
  core: HaloCore,
  params: { readonly body: readonly TeamData[] },
  options?: RequestOptions,
) => core.request(teamOperations.upsert, params, options)
const deleteTeamData = (core: HaloCore, params: DeleteTeamParams, options?: RequestOptions) =>
  core.request(teamOperations.remove, params, options)

/** Helpers on a team returned by `teams(core)`. */
export interface TeamHelpers extends RecordHelpers<TeamRecord, TeamData, GetTeamParams, DeleteTeamParams> {}

/** A team of agents (Halo's `SectionDetail`): every wire field Halo sent, plus non-enumerable helpers. */
export type TeamRecord = TeamData & TeamHelpers

export function teamRecord(core: HaloCore, team: TeamData): TeamRecord {
  const decorate = (entity: TeamData) => teamRecord(core, entity)
  return withMethods(
    team,
    recordHelpers(
      core,
      team,
      'team',
      { get: getTeamData, upsert: upsertTeamData, remove: deleteTeamData },
      decorate,
    ),
  )
}

// One name cache per core, shared by every `teams(core)` made for it.
const teamNames = new WeakMap<HaloCore, NameLookupCache<number>>()

function teamNameCache(core: HaloCore): NameLookupCache<number> {
  let cache = teamNames.get(core)
  if (!cache) {
    cache = new NameLookupCache<number>({
      kind: 'team',
      load: async () =>
        (await listTeamData(core)).flatMap((t) =>
          typeof t.id === 'number' ? [{ name: t.name, id: t.id }] : [],
        ),
    })
    teamNames.set(core, cache)
  }
  return cache
}

/**
 * Teams (`/Team`, a bare array; no `search`): `list`, `get(id, { includeagents: true })`, `create`,
 * `update`, `delete`, `createMany`, `upsertMany` and `idOf(name)`.
 */
export function teams(core: HaloCore) {
  const decorate = (team: TeamData) => teamRecord(core, team)
  return {
    ...listMethods(core, listTeamData, decorate),
    ...getMethods(core, getTeamData, decorate),
    ...writeMethods(core, upsertTeamData, decorate),
    ...deleteMethods(core, deleteTeamData),
    /** The id of the team called `name` (case-insensitive; the team list is cached per core). */
    idOf(name: string, options?: { readonly signal?: AbortSignal }): Promise<number> {
      return teamNameCache(core).resolve(name, options?.signal)
    },
  }
}

export type TeamsResource = ReturnType<typeof teams>
