import type { HaloCore } from '../../halo-core.js'
import { type NamedEntry, NameLookupCache } from './name-lookup-cache.js'

export interface PerCoreNameLookupOptions<TId> {
  /**
   * What is looked up, for error messages: `'status'`, or a function of the scope when caches of one
   * kind list different things (`(lookupid) => \`lookup value (lookupid ${lookupid})\``).
   */
  readonly kind: string | ((scope: string) => string)
  /** Fetches every entry of one scope with this core (e.g. `GET /Status`); `scope` is `''` when none is given. */
  readonly load: (core: HaloCore, scope: string) => Promise<Iterable<NamedEntry<TId>>>
  /** How long a loaded list is trusted (see `NameLookupCacheOptions.ttlMs`). Default 5 minutes. */
  readonly ttlMs?: number | undefined
}

/** The cache of one core (and scope), made on first use and kept for as long as the core lives. */
export type PerCoreNameLookup<TId> = (core: HaloCore, scope?: string) => NameLookupCache<TId>

/**
 * Name → id caches kept per core, so that a resource factory called twice for one core (`statuses(core)`
 * by hand and by the facade) shares one cache and one list request. A `WeakMap` lets a core and its
 * caches be collected together. `scope` separates caches of the same kind that list different things
 * (priorities of one SLA, categories of one tier, values of one lookup type).
 *
 * Declare one at module level: `const statusNames = perCoreNameLookup({ kind: 'status', load })`, then
 * `statusNames(core).resolve(name)`.
 */
export function perCoreNameLookup<TId>(options: PerCoreNameLookupOptions<TId>): PerCoreNameLookup<TId> {
  const { kind, load, ttlMs } = options
  const caches = new WeakMap<HaloCore, Map<string, NameLookupCache<TId>>>()
  return (core, scope = '') => {
    let byScope = caches.get(core)
    if (!byScope) {
      byScope = new Map()
      caches.set(core, byScope)
    }
    let cache = byScope.get(scope)
    if (!cache) {
      cache = new NameLookupCache<TId>({
        kind: typeof kind === 'string' ? kind : kind(scope),
        load: () => load(core, scope),
        ...(ttlMs === undefined ? {} : { ttlMs }),
      })
      byScope.set(scope, cache)
    }
    return cache
  }
}
