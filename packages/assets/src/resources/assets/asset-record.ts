import {
  type CustomFieldKey,
  type CustomFieldsByNameOptions,
  customFieldsByName,
  deleteMethods,
  type HaloCore,
  type RequestOptions,
  setCustomField,
  withMethods,
  writeMethods,
} from '@halo/core'
import {
  type Asset,
  deleteAsset,
  type GetAssetParams,
  getAsset,
  upsertAssets,
} from '../../generated/index.js'
import { recordId } from '../record-id.js'
import { type AssetSoftware, type AssetSoftwareParams, listAssetSoftware } from './asset-software.js'

/** Helper methods of an asset record (not enumerable: `JSON.stringify(asset)` is Halo's data). */
export interface AssetHelpers {
  /** The software installed on this asset: `GET /AssetSoftware?device_id=<id>`. */
  getSoftware(params?: AssetSoftwareParams, options?: RequestOptions): Promise<AssetSoftware[]>
  /** POSTs `[{ ...patch, id }]` and answers the updated asset (this record is left as it was). */
  update(patch: Asset, options?: RequestOptions): Promise<AssetRecord>
  /** Deletes this asset: `DELETE /Asset/{id}`. */
  delete(options?: RequestOptions): Promise<unknown>
  /** Fetches this asset again (`includedetails: true` unless `params` say otherwise). */
  refresh(params?: Omit<GetAssetParams, 'id'>, options?: RequestOptions): Promise<AssetRecord>
  /** Halo custom fields (`customfields`) by name, e.g. `{ CFwarrantyProvider: 'Dell' }`. */
  customFields(options?: CustomFieldsByNameOptions): Record<string, unknown>
  /**
   * Sets one custom field and keeps the others (Halo clears custom fields that are not re-posted).
   * Needs the record's `customfields`, so fetch it with `includedetails: true` first.
   */
  setCustomField(nameOrId: CustomFieldKey, value: unknown, options?: RequestOptions): Promise<AssetRecord>
}

/** An asset as the `assets` resource hands it out: Halo's `Device` fields plus helpers. */
export type AssetRecord = Asset & AssetHelpers

/** Attaches the asset helpers to a record Halo sent. */
export function assetRecord(core: HaloCore, asset: Asset): AssetRecord {
  const decorate = (next: Asset): AssetRecord => assetRecord(core, next)
  const helpers: AssetHelpers = {
    getSoftware: (params, options) =>
      listAssetSoftware(core, recordId(asset, 'asset.getSoftware'), params, options),
    update: (patch, options) =>
      writeMethods(core, upsertAssets, decorate).update(recordId(asset, 'asset.update'), patch, options),
    delete: (options) =>
      deleteMethods(core, deleteAsset).delete(recordId(asset, 'asset.delete'), {}, options),
    refresh: async (params, options) =>
      decorate(
        await getAsset(
          core,
          { includedetails: true, ...params, id: recordId(asset, 'asset.refresh') },
          options,
        ),
      ),
    customFields: (options) => customFieldsByName(asset, options),
    setCustomField: async (nameOrId, value, options) => {
      const body = setCustomField(asset, nameOrId, value)
      return writeMethods(core, upsertAssets, decorate).update(
        recordId(asset, 'asset.setCustomField'),
        body as Asset,
        options,
      )
    },
  }
  return withMethods(asset, helpers)
}
