import type { HaloClient } from '@halo/client'
import type { HaloList } from '@halo/core'
import { usageError } from '../errors/cli-error.js'
import type { ResourceEntry } from './resource-catalog.js'

/**
 * The `HaloList` of a resource: the hand-written resource's own `list` when it has one (records keep
 * their helpers and the resource's paging rules), else the generated list operation of its tag.
 */
export function listOf(
  halo: HaloClient,
  entry: ResourceEntry,
  params: Record<string, unknown>,
  signal: AbortSignal,
): HaloList<Record<string, unknown>> {
  const resource = entry.handWritten
    ? (
        halo as unknown as Record<
          string,
          { list?: (p: Record<string, unknown>) => HaloList<Record<string, unknown>> }
        >
      )[entry.name]
    : undefined
  if (resource?.list) return resource.list(params)
  if (!entry.list || !(entry.list.paged || entry.list.listKey !== undefined)) {
    throw usageError(`${entry.name} has no paged list operation in the API to export from.`)
  }
  return halo.list<Record<string, unknown>>(entry.list, params, { signal })
}
