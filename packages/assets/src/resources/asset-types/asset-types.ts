import { deleteMethods, getMethods, type HaloCore, listMethods, writeMethods } from '@halo/core'
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
    ...listMethods(core, listAssetTypes, decorate),
    ...getMethods(core, getAssetType, decorate),
    ...writeMethods(core, upsertAssetTypes, decorate),
    ...deleteMethods(core, deleteAssetType),
  }
}

export type AssetTypesResource = ReturnType<typeof assetTypes>
