import type { HaloCore, HaloList, RequestOptions } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type AssetType,
  type DeleteAssetTypeParams,
  deleteAssetType,
  type GetAssetTypeParams,
  getAssetType,
  type ListAssetsParams,
  upsertAssetTypes,
} from '../../generated/index.js'
import type { AssetRecord } from '../assets/asset-record.js'
import { assets } from '../assets/assets.js'

/** The helper an asset type adds to `update`, `delete` and `refresh`. */
export interface AssetTypeExtras {
  /** The assets of this type (`GET /Asset?assettype_id=<id>`, every page). */
  listAssets(params?: Omit<ListAssetsParams, 'assettype_id'>, options?: RequestOptions): HaloList<AssetRecord>
}

/** Helper methods of an asset type record. */
export type AssetTypeHelpers = AssetTypeExtras &
  RecordHelpers<AssetType, GetAssetTypeParams, DeleteAssetTypeParams>

/** An asset type (Halo's `Xtype`) with helpers. */
export type AssetTypeRecord = HaloRecord<AssetType, GetAssetTypeParams, DeleteAssetTypeParams> &
  AssetTypeExtras

export function assetTypeRecord(core: HaloCore, assetType: AssetType): AssetTypeRecord {
  return recordDecorator<AssetType, GetAssetTypeParams, DeleteAssetTypeParams, AssetTypeExtras>(
    core,
    'assetType',
    { get: getAssetType, upsert: upsertAssetTypes, remove: deleteAssetType },
    (_entity, { id }) => ({
      listAssets: (params, options) =>
        assets(core).list({ ...params, assettype_id: id('listAssets') as number }, options),
    }),
  )(assetType)
}
