import type { HaloCore } from '@halo/core'
import {
  crudMethods,
  type HaloRecord,
  nameLookupMethods,
  perCoreNameLookup,
  type RecordHelpers,
  recordDecorator,
} from '@halo/core/resource'
import {
  type DeleteTeamParams,
  deleteTeam,
  type GetTeamParams,
  getTeam,
  listTeams,
  type Team,
  upsertTeams,
} from '../../generated/index.js'

/** Helpers on a team returned by `teams(core)`. */
export type TeamHelpers = RecordHelpers<Team, GetTeamParams, DeleteTeamParams>

/** A team of agents (Halo's `SectionDetail`): every wire field Halo sent, plus non-enumerable helpers. */
export type TeamRecord = HaloRecord<Team, GetTeamParams, DeleteTeamParams>

export function teamRecord(core: HaloCore, team: Team): TeamRecord {
  return recordDecorator(core, 'team', { get: getTeam, upsert: upsertTeams, remove: deleteTeam })(team)
}

// One name cache per core, shared by every `teams(core)` made for it.
const teamNames = perCoreNameLookup<number>({
  kind: 'team',
  load: async (core) =>
    (await listTeams(core)).flatMap((t) => (typeof t.id === 'number' ? [{ name: t.name, id: t.id }] : [])),
})

/**
 * Teams (`/Team`, a bare array; no `search`): `list`, `get(id, { includeagents: true })`, `create`,
 * `update`, `delete`, `createMany`, `upsertMany` and `idOf(name)`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { teams } from '@halo/crm'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const firstLineId = await teams(core).idOf('1st Line Support')
 * const firstLine = await teams(core).get(firstLineId, { includeagents: true })
 * console.log(firstLine.agents?.map((agent) => agent.agent_name))
 * ```
 */
export function teams(core: HaloCore) {
  const decorate = (team: Team) => teamRecord(core, team)
  return {
    ...crudMethods(
      core,
      { list: listTeams, get: getTeam, upsert: upsertTeams, remove: deleteTeam },
      decorate,
    ),
    ...nameLookupMethods(core, teamNames),
  }
}

export type TeamsResource = ReturnType<typeof teams>
