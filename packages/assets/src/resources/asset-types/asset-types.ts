import { crudMethods, type HaloCore } from '@halo/core'
import {
  type AssetType,
  deleteAssetType,
  getAssetType,
  listAssetTypes,
  upsertAssetTypes,
} from '../../generated/index.js'
import { type AssetTypeRecord, assetTypeRecord } from './asset-type-record.js'

/**
 * Asset types (Halo's `Xtype`, `/AssetType`). Halo answers the list as a bare array and takes no
 * `search`, so there is no `search` method; filter the awaited list instead.
 */
export function assetTypes(core: HaloCore) {
  const decorate = (assetType: AssetType): AssetTypeRecord => assetTypeRecord(core, assetType)
  return {
    ...crudMethods(
      core,
      { list: listAssetTypes, get: getAssetType, upsert: upsertAssetTypes, remove: deleteAssetType },
      decorate,
    ),
  }
}

export type AssetTypesResource = ReturnType<typeof assetTypes>
