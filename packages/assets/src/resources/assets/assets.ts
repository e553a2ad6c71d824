import type { HaloCore, RequestOptions } from '@halo/core'
import { crudMethods, searchMethods } from '@halo/core/resource'
import { type Asset, deleteAsset, getAsset, listAssets, upsertAssets } from '../../generated/index.js'
import { type AssetRecord, assetRecord } from './asset-record.js'
import { type AssetSoftware, type AssetSoftwareParams, listAssetSoftware } from './asset-software.js'
import { type AssetNextTag, getNextAssetTag } from './next-tag.js'

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
  const decorate = (asset: Asset): AssetRecord => assetRecord(core, asset)
  return {
    ...crudMethods(
      core,
      { list: listAssets, get: getAsset, upsert: upsertAssets, remove: deleteAsset },
      decorate,
    ),
    ...searchMethods(core, listAssets, decorate),
    /**
     * The next free asset tag: `GET /Asset/NextTag`. Halo documents no response shape, so this answers
     * what Halo sends (text, a number or an object); see `AssetNextTag`.
     */
    getNextTag(options?: RequestOptions): Promise<AssetNextTag> {
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
