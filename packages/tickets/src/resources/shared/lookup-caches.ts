import type { HaloCore, NamedEntry } from '@halo/core'
import { NameLookupCache } from '@halo/core'

/**
 * Name → id caches kept per core, so that `statuses(core)` called twice (or a facade that builds its
 * resources lazily) shares one cache and one list request. A `WeakMap` lets a core and its caches be
 * collected together. `scope` separates caches of the same kind that list different things (priorities
 * of one SLA, categories of one tier).
 */
export function perCoreLookup<TId>(
  kind: string,
  load: (core: HaloCore, scope: string) => Promise<Iterable<NamedEntry<TId>>>,
): (core: HaloCore, scope?: string) => NameLookupCache<TId> {
  const caches = new WeakMap<HaloCore, Map<string, NameLookupCache<TId>>>()
  return (core, scope = '') => {
    let byScope = caches.get(core)
    if (!byScope) {
      byScope = new Map()
      caches.set(core, byScope)
    }
    let cache = byScope.get(scope)
    if (!cache) {
      cache = new NameLookupCache<TId>({ kind, load: () => load(core, scope) })
      byScope.set(scope, cache)
    }
    return cache
  }
}
