import type { HaloCore } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  postgresStore,
  type SyncProgress,
  type SyncResult,
  type SyncStore,
  sqliteStore,
  storeFromUrl,
  syncHalo,
} from '../src/index.js'

describe('@halo/sync public types', () => {
  it('syncHalo takes { core, store, resources?, full?, onProgress? } and answers one result per resource', () => {
    expectTypeOf(syncHalo).parameter(0).toHaveProperty('core').toEqualTypeOf<HaloCore>()
    expectTypeOf(syncHalo).parameter(0).toHaveProperty('store').toEqualTypeOf<SyncStore>()
    expectTypeOf(syncHalo)
      .parameter(0)
      .toHaveProperty('resources')
      .toEqualTypeOf<readonly string[] | undefined>()
    expectTypeOf(syncHalo).parameter(0).toHaveProperty('full').toEqualTypeOf<boolean | undefined>()
    expectTypeOf(syncHalo)
      .parameter(0)
      .toHaveProperty('onProgress')
      .toEqualTypeOf<((progress: SyncProgress) => void) | undefined>()
    expectTypeOf(syncHalo).returns.resolves.toEqualTypeOf<SyncResult[]>()
    expectTypeOf<SyncResult>().toEqualTypeOf<{
      readonly resource: string
      readonly fetched: number
      readonly upserted: number
      readonly deleted: number
      readonly requests: number
      readonly since: string | null
    }>()
  })

  it('every store is a SyncStore', () => {
    expectTypeOf(sqliteStore).returns.toEqualTypeOf<SyncStore>()
    expectTypeOf(postgresStore).returns.toEqualTypeOf<SyncStore>()
    expectTypeOf(storeFromUrl).returns.toEqualTypeOf<SyncStore>()
    expectTypeOf<SyncStore['query']>().returns.resolves.toEqualTypeOf<Record<string, unknown>[]>()
  })
})
