import type { HaloCore } from '@halo/core'
import { perCoreNameLookup } from '@halo/core/resource'
import { lookupCrud } from '../../generated/crud-definitions.js'
import { listLookups } from '../../generated/index.js'

/** The lookup type (`lookupid`) whose values are the lookup types themselves. */
export const LOOKUP_TYPES_LOOKUP_ID = 11

/** Lookup values with their record helpers; `idOf` is scoped by lookup type, so it is written below. */
export const lookupResource = lookupCrud

export type { LookupHelpers, LookupRecord } from '../../generated/crud-definitions.js'

// Name caches per core and per lookup type: value names repeat across types ("High" is an Impact and
// an Urgency), so each `lookupid` has its own list.
// The scope is the `lookupid`, as text.
const lookupNames = perCoreNameLookup<number>({
  kind: (lookupid) => `lookup value (lookupid ${lookupid})`,
  load: async (core, lookupid) =>
    (await listLookups(core, { lookupid: Number(lookupid) })).flatMap((l) =>
      typeof l.id === 'number' ? [{ name: l.name, id: l.id }] : [],
    ),
})

/**
 * Lookup lists (`/Lookup?lookupid=`, a bare array): `list({ lookupid })`, `get`, `create`, `update`,
 * `delete`, `createMany`, `upsertMany` and `idOf(name, lookupid)`. `lookupid` 11 lists the lookup
 * types themselves, so `idOf('Impact', 11)` gives the `lookupid` of the Impact values.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { LOOKUP_TYPES_LOOKUP_ID, lookups } from '@halo/admin'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const impactType = await lookups(core).idOf('Impact', LOOKUP_TYPES_LOOKUP_ID)
 * const impactValues = await lookups(core).list({ lookupid: impactType })
 * ```
 */
export function lookups(core: HaloCore) {
  return {
    ...lookupResource.methods(core),
    /**
     * The id of the value called `name` in lookup type `lookupid` (case-insensitive). Each type's list
     * is fetched once and cached per core for five minutes.
     */
    idOf(
      name: string,
      lookupid: number,
      options?: { readonly signal?: AbortSignal | undefined },
    ): Promise<number> {
      return lookupNames(core, String(lookupid)).resolve(name, options?.signal)
    },
  }
}

export type LookupsResource = ReturnType<typeof lookups>
