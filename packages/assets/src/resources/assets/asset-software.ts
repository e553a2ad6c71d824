import type { HaloCore, RequestOptions } from '@halo/core'
import type { DeviceApplications, GetAssetSoftwareParams } from '../../generated/index.js'
import { getAssetSoftwareOperation } from '../../generated/index.js'

/** One installed application of an asset (Halo's `DeviceApplications`). */
export type AssetSoftware = DeviceApplications

/** Filters of an asset's software list, besides the asset itself (`device_id`). */
export type AssetSoftwareParams = Omit<GetAssetSoftwareParams, 'device_id'>

/**
 * The software installed on one asset: `GET /AssetSoftware?device_id=`.
 *
 * Read through `core.list` rather than the generated `getAssetSoftware` (typed `unknown`, since the spec
 * gives no response schema) so that both a bare array and an envelope come back as an array.
 */
export async function listAssetSoftware(
  core: HaloCore,
  assetId: number,
  params?: AssetSoftwareParams,
  options?: RequestOptions,
): Promise<AssetSoftware[]> {
  return core.list<AssetSoftware>(getAssetSoftwareOperation, { ...params, device_id: assetId }, options)
}
