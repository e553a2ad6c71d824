import {
  deleteMethods,
  type HaloCore,
  type HaloList,
  type RequestOptions,
  withMethods,
  writeMethods,
} from '@halo/core'
import {
  type AssetType,
  deleteAssetType,
  type GetAssetTypeParams,
  getAssetType,
  type ListAssetsParams,
  upsertAssetTypes,
} from '../../generated/index.js'
import type { AssetRecord } from '../assets/asset-record.js'
import { assets } from '../assets/assets.js'
import { recordId } from '../record-id.js'

/** Helper methods of an asset type record. */
export interface AssetTypeHelpers {
  /** The assets of this type (`GET /Asset?assettype_id=<id>`, every page). */
  listAssets(params?: Omit<ListAssetsParams, 'assettype_id'>, options?: RequestOptions): HaloList<AssetRecord>
  /** POSTs `[{ ...patch, id }]` and answers the updated asset type. */
  update(patch: AssetType, options?: RequestOptions): Promise<AssetTypeRecord>
  /** Deletes this asset type: `DELETE /AssetType/{id}`. */
  delete(options?: RequestOptions): Promise<unknown>
  /** Fetches this asset type again (`includedetails: true` unless `params` say otherwise). */
  refresh(params?: Omit<GetAssetTypeParams, 'id'>, options?: RequestOptions): Promise<AssetTypeRecord>
}

/** An asset type (Halo's `Xtype`) with helpers. */
export type AssetTypeRecord = AssetType & AssetTypeHelpers

export function assetTypeRecord(core: HaloCore, assetType: AssetType): AssetTypeRecord {
  const decorate = (next: AssetType): AssetTypeRecord => assetTypeRecord(core, next)
  const helpers: AssetTypeHelpers = {
    listAssets: (params, options) =>
      assets(core).list({ ...params, assettype_id: recordId(assetType, 'assetType.listAssets') }, options),
    update: (patch, options) =>
      writeMethods(core, upsertAssetTypes, decorate).update(
        recordId(assetType, 'assetType.update'),
        patch,
        options,
      ),
    delete: (options) =>
      deleteMethods(core, deleteAssetType).delete(recordId(assetType, 'assetType.delete'), {}, options),
    refresh: async (params, options) =>
      decorate(
        await getAssetType(
          core,
          { includedetails: true, ...params, id: recordId(assetType, 'assetType.refresh') },
          options,
        ),
      ),
  }
  return withMethods(assetType, helpers)
}
