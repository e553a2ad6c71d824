import type { RequestOptions } from '@halo/core'
import {
  type CrudRecordHelpersOf,
  type CrudRecordOf,
  type CustomFieldKey,
  type CustomFieldsByNameOptions,
  customFieldsByName,
  setCustomField,
  writeMethods,
} from '@halo/core/resource'
import { assetCrud } from '../../generated/crud-definitions.js'
import { type Asset, upsertAssets } from '../../generated/index.js'
import { type AssetSoftware, type AssetSoftwareParams, listAssetSoftware } from './asset-software.js'

/** The helpers an asset adds to `update`, `delete` and `refresh`. */
export interface AssetExtras {
  /** The software installed on this asset: `GET /AssetSoftware?device_id=<id>`. */
  getSoftware(params?: AssetSoftwareParams, options?: RequestOptions): Promise<AssetSoftware[]>
  /** Halo custom fields (`customfields`) by name, e.g. `{ CFwarrantyProvider: 'Dell' }`. */
  customFields(options?: CustomFieldsByNameOptions): Record<string, unknown>
  /**
   * Sets one custom field and keeps the others (Halo clears custom fields that are not re-posted).
   * Needs the record's `customfields`, so fetch it with `includedetails: true` first.
   */
  setCustomField(nameOrId: CustomFieldKey, value: unknown, options?: RequestOptions): Promise<AssetRecord>
}

/** Helper methods of an asset record (not enumerable: `JSON.stringify(asset)` is Halo's data). */
export type AssetHelpers = AssetExtras & CrudRecordHelpersOf<typeof assetCrud>

/** An asset as the `assets` resource hands it out: Halo's `Device` fields plus helpers. */
export type AssetRecord = CrudRecordOf<typeof assetCrud> & AssetExtras

/** What `assets(core)` hands out: asset records with their helpers, and the resource's methods. */
export const assetResource = /* @__PURE__ */ assetCrud
  .withExtras<AssetExtras, AssetRecord>((core, entity, { id, decorate }) => ({
    getSoftware: (params, options) => listAssetSoftware(core, id('getSoftware') as number, params, options),
    customFields: (options) => customFieldsByName(entity, options),
    setCustomField: async (nameOrId, value, options) => {
      const body = setCustomField(entity, nameOrId, value)
      return writeMethods(core, upsertAssets, decorate).update(id('setCustomField'), body as Asset, options)
    },
  }))
  .searchable()
