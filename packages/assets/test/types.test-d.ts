import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import { type Asset, type Device, getAsset, listAssets, operations } from '../src/index.js'

declare const core: HaloCore

describe('generated operation types (assets)', () => {
  it('listAssets takes filters by wire name and answers a HaloList of assets', () => {
    expectTypeOf<Asset>().toEqualTypeOf<Device>()
    expectTypeOf(listAssets(core, { client_id: 123, assettype_id: 5 })).toEqualTypeOf<HaloList<Asset>>()
    // @ts-expect-error asset_type_id is not Halo's wire name (assettype_id is)
    listAssets(core, { asset_type_id: 5 })
    // @ts-expect-error assettype_id is an int
    listAssets(core, { assettype_id: '5' })
    // @ts-expect-error includeinactive is a boolean
    listAssets(core, { includeinactive: 1 })
  })

  it('getAsset answers one asset', () => {
    expectTypeOf(getAsset(core, { id: 7 })).toEqualTypeOf<Promise<Asset>>()
    // @ts-expect-error id is an integer
    getAsset(core, { id: 'seven' })
  })

  it('the operations record keeps every function typed', () => {
    expectTypeOf(operations.listAssets).toEqualTypeOf(listAssets)
  })
})
