import type { HaloCore } from '@halo/core'
import { teamCrud } from '../../generated/crud-definitions.js'

// `named()` keeps one name cache per core, shared by every `teams(core)` made for it.
const teamResource = /* @__PURE__ */ teamCrud.named()

export type { TeamHelpers, TeamRecord } from '../../generated/crud-definitions.js'

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
  return teamResource.methods(core)
}

export type TeamsResource = ReturnType<typeof teams>
