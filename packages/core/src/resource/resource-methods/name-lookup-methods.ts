import type { HaloCore } from '../../halo-core.js'
import type { PerCoreNameLookup } from '../name-lookup-cache/per-core-name-lookup.js'

/**
 * `idOf(name)` of a resource whose records are looked up by name, over its module-level
 * `perCoreNameLookup` (so every factory call for one core shares one cache and one list request).
 * Scoped lookups (priorities of an SLA, values of a lookup type) take a scope argument and write
 * their own `idOf`.
 */
export function nameLookupMethods<TId>(core: HaloCore, names: PerCoreNameLookup<TId>) {
  return {
    /**
     * The id of the record called `name` (case-insensitive). The list is fetched once and cached per
     * core for five minutes; throws `NameLookupError` for an unknown or ambiguous name.
     */
    idOf(name: string, options?: { readonly signal?: AbortSignal | undefined }): Promise<TId> {
      // The cache is taken at call time, as before: a factory that is never asked builds none.
      return names(core).resolve(name, options?.signal)
    },
  }
}
