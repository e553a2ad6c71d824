import type { HaloClient } from '@halo/client'
import type { HaloList } from '@halo/core'
import type { ImportNameKind, ImportNameResolver } from '@halo/tickets'

/** Matches looked at per name: an exact name beyond the first 200 search hits is a name to give as an id. */
const SEARCH_CAP = 200

/**
 * The id of the one record whose `name` is `name` (case-insensitive) among the hits of Halo's search,
 * for clients, sites and users: lists too long to load whole the way `idOf` loads statuses or agents.
 */
async function searchedId(
  list: HaloList<{ readonly id?: number | null; readonly name?: string | null }>,
  kind: string,
  name: string,
): Promise<number> {
  const wanted = name.trim().toLowerCase()
  const ids: number[] = []
  let seen = 0
  for await (const record of list) {
    if (++seen > SEARCH_CAP) break
    if (typeof record.id === 'number' && record.name?.trim().toLowerCase() === wanted) ids.push(record.id)
  }
  const [id] = ids
  if (id !== undefined && ids.length === 1) return id
  throw new Error(
    ids.length === 0
      ? `No ${kind} named "${name}".`
      : `The ${kind} name "${name}" is ambiguous: ids ${ids.join(', ')} share it. Use the id.`,
  )
}

/**
 * Name → id for an import: the resources' cached `idOf` for agents, teams, statuses and priorities
 * (one list request per kind, whatever the number of rows), Halo's search for clients, sites and users.
 */
export function importNameResolver(halo: HaloClient, signal: AbortSignal): ImportNameResolver {
  return (kind: ImportNameKind, name: string) => {
    switch (kind) {
      case 'agent':
        return halo.agents.idOf(name, { signal })
      case 'team':
        return halo.teams.idOf(name, { signal })
      case 'status':
        return halo.statuses.idOf(name, { signal })
      case 'priority':
        return halo.priorities.idOf(name, { signal })
      case 'client':
        return searchedId(halo.clients.list({ search: name }), kind, name)
      case 'site':
        return searchedId(halo.sites.list({ search: name }), kind, name)
      case 'user':
        return searchedId(halo.users.list({ search: name }), kind, name)
    }
  }
}
