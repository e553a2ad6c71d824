export { DEFAULT_SYNC_RESOURCES, SYNC_RESOURCES } from './resources/built-in-resources.js'
export type { SyncResource } from './resources/sync-resource.js'
export type { LockWaitOptions } from './store/lock-wait.js'
export type { ColumnType } from './store/mirror-columns.js'
export { type PostgresStoreOptions, postgresStore } from './store/postgres-store.js'
export { type SqliteStoreOptions, sqliteStore } from './store/sqlite-store.js'
export { type StoreFromUrlOptions, storeFromUrl } from './store/store-from-url.js'
export {
  type MirrorChange,
  type MirrorTable,
  SYNC_STATE_TABLE,
  type SyncState,
  type SyncStore,
} from './store/sync-store.js'
export { syncHalo } from './sync/sync-halo.js'
export type { SyncHaloOptions, SyncProgress, SyncResult } from './sync/sync-options.js'
