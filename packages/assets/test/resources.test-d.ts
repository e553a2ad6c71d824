import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type Asset,
  type AssetNextTag,
  type AssetRecord,
  type AssetSoftware,
  type AssetsResource,
  type AssetType,
  type AssetTypeRecord,
  type AssetTypesResource,
  assets,
  assetTypes,
  type DeviceApplications,
} from '../src/index.js'

declare const core: HaloCore
declare const asset: AssetRecord

describe('assets resource types', () => {
  it('list takes wire-name filters and gives records with helpers', () => {
    expectTypeOf(assets(core)).toEqualTypeOf<AssetsResource>()
    expectTypeOf(assets(core).list({ client_id: 123, assettype_id: 5 })).toEqualTypeOf<
      HaloList<AssetRecord>
    >()
    // @ts-expect-error asset_type_id is not Halo's wire name
    assets(core).list({ asset_type_id: 5 })
    expectTypeOf(assets(core).search('laptop', { limit: 10 })).toEqualTypeOf<HaloList<AssetRecord>>()
  })

  it('get, create, update and delete', () => {
    expectTypeOf(assets(core).get(3001, { includedetails: true })).toEqualTypeOf<Promise<AssetRecord>>()
    expectTypeOf(assets(core).create({ inventory_number: 'A-1' })).toEqualTypeOf<Promise<AssetRecord>>()
    expectTypeOf(assets(core).create([{ inventory_number: 'A-1' }])).toEqualTypeOf<Promise<AssetRecord[]>>()
    expectTypeOf(assets(core).update(1, { notes: 'x' })).toEqualTypeOf<Promise<AssetRecord>>()
    expectTypeOf(assets(core).delete(1)).toEqualTypeOf<Promise<unknown>>()
    // @ts-expect-error includedetails is a boolean
    assets(core).get(1, { includedetails: 'yes' })
  })

  it('getNextTag answers the tag string, which goes straight into inventory_number', async () => {
    expectTypeOf(assets(core).getNextTag()).toEqualTypeOf<Promise<string>>()
    expectTypeOf<AssetNextTag>().toEqualTypeOf<string>()
    const tag = await assets(core).getNextTag()
    expectTypeOf(assets(core).create({ inventory_number: tag })).toEqualTypeOf<Promise<AssetRecord>>()
  })

  it('records keep Halo fields and carry helpers', () => {
    expectTypeOf(asset).toMatchTypeOf<Asset>()
    expectTypeOf(asset.assettype_id).toEqualTypeOf<number | null | undefined>()
    expectTypeOf(asset.getSoftware()).toEqualTypeOf<Promise<AssetSoftware[]>>()
    expectTypeOf<AssetSoftware>().toEqualTypeOf<DeviceApplications>()
    expectTypeOf(asset.update({ notes: 'x' })).toEqualTypeOf<Promise<AssetRecord>>()
    expectTypeOf(asset.refresh()).toEqualTypeOf<Promise<AssetRecord>>()
    expectTypeOf(asset.customFields()).toEqualTypeOf<Record<string, unknown>>()
    expectTypeOf(asset.setCustomField('CFbudget', 'x')).toEqualTypeOf<Promise<AssetRecord>>()
    // @ts-expect-error device_id is given by the record
    asset.getSoftware({ device_id: 1 })
  })
})

describe('assetTypes resource types', () => {
  it('has list/get/create/update/delete and no search', () => {
    expectTypeOf(assetTypes(core)).toEqualTypeOf<AssetTypesResource>()
    expectTypeOf(assetTypes(core).list()).toEqualTypeOf<HaloList<AssetTypeRecord>>()
    expectTypeOf(assetTypes(core).get(1)).toEqualTypeOf<Promise<AssetTypeRecord>>()
    expectTypeOf<AssetTypeRecord>().toMatchTypeOf<AssetType>()
    expectTypeOf<AssetTypesResource>().not.toHaveProperty('search')
  })
})
