import type { HaloCore, RequestOptions } from '@halo/core'
import { assetResource } from './asset-record.js'
import { type AssetSoftware, type AssetSoftwareParams, listAssetSoftware } from './asset-software.js'
import { getNextAssetTag } from './next-tag.js'

/**
 * Assets (Halo's `Device`, `/Asset`).
 *
 * `list` pages at most 50 assets a request because Halo ignores larger asset page sizes (the generated
 * descriptor carries `maxPageSize: 50`); it still returns every matching asset, page after page.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { assets } from '@halo/assets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const laptops = await assets(core).list({ client_id: 11, assettype_id: 1 })
 * const software = await assets(core).getSoftware(3001)
 * console.log(laptops.length, software.map((application) => application.name))
 * ```
 */
export function assets(core: HaloCore) {
  return {
    ...assetResource.methods(core),
    /**
     * The next free asset tag as text (`GET /Asset/NextTag`), to pass straight into a new asset's
     * `inventory_number`. Halo documents no response shape: text, a number or an object holding the
     * tag are read; any other answer is a `HaloUnexpectedResponseError`.
     */
    getNextTag(options?: RequestOptions): Promise<string> {
      return getNextAssetTag(core, options)
    },
    /** The software installed on an asset, without fetching the asset first. */
    getSoftware(
      assetId: number,
      params?: AssetSoftwareParams,
      options?: RequestOptions,
    ): Promise<AssetSoftware[]> {
      return listAssetSoftware(core, assetId, params, options)
    },
  }
}

export type AssetsResource = ReturnType<typeof assets>
