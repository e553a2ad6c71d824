import type { HaloCore } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type PostgresStoreOptions,
  postgresStore,
  type SqliteStoreOptions,
  type StoreFromUrlOptions,
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

  it('every store opens read-only on request', () => {
    expectTypeOf(sqliteStore).parameter(1).toEqualTypeOf<SqliteStoreOptions | undefined>()
    expectTypeOf(storeFromUrl).parameter(1).toEqualTypeOf<StoreFromUrlOptions | undefined>()
    expectTypeOf<SqliteStoreOptions['readOnly']>().toEqualTypeOf<boolean | undefined>()
    expectTypeOf<PostgresStoreOptions['readOnly']>().toEqualTypeOf<boolean | undefined>()
    expectTypeOf<StoreFromUrlOptions['readOnly']>().toEqualTypeOf<boolean | undefined>()
  })
})
