import type { HaloCore } from '@halo/core'
import { assetTypeResource } from './asset-type-record.js'

/**
 * Asset types (Halo's `Xtype`, `/AssetType`). Halo answers the list as a bare array and takes no
 * `search`, so there is no `search` method; filter the awaited list instead.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { assetTypes } from '@halo/assets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const types = await assetTypes(core).list()
 * const laptop = types.find((type) => type.name === 'Laptop')
 * const northwindLaptops = laptop ? await laptop.listAssets({ client_id: 11 }) : []
 * ```
 */
export function assetTypes(core: HaloCore) {
  return assetTypeResource.methods(core)
}

export type AssetTypesResource = ReturnType<typeof assetTypes>
