import type { HaloList, RequestOptions } from '@halo/core'
import type { CrudRecordHelpersOf, CrudRecordOf } from '@halo/core/resource'
import { assetTypeCrud } from '../../generated/crud-definitions.js'
import type { ListAssetsParams } from '../../generated/index.js'
import type { AssetRecord } from '../assets/asset-record.js'
import { assets } from '../assets/assets.js'

/** The helper an asset type adds to `update`, `delete` and `refresh`. */
export interface AssetTypeExtras {
  /** The assets of this type (`GET /Asset?assettype_id=<id>`, every page). */
  listAssets(params?: Omit<ListAssetsParams, 'assettype_id'>, options?: RequestOptions): HaloList<AssetRecord>
}

/** Helper methods of an asset type record. */
export type AssetTypeHelpers = AssetTypeExtras & CrudRecordHelpersOf<typeof assetTypeCrud>

/** An asset type (Halo's `Xtype`) with helpers. */
export type AssetTypeRecord = CrudRecordOf<typeof assetTypeCrud> & AssetTypeExtras

/** What `assetTypes(core)` hands out: asset type records with their helpers, and the resource's methods. */
export const assetTypeResource = /* @__PURE__ */ assetTypeCrud.withExtras<AssetTypeExtras, AssetTypeRecord>(
  (core, _assetType, { id }) => ({
    listAssets: (params, options) =>
      assets(core).list({ ...params, assettype_id: id('listAssets') as number }, options),
  }),
)
