import { postgresStore } from './postgres-store.js'
import { sqliteStore } from './sqlite-store.js'
import type { SyncStore } from './sync-store.js'

export interface StoreFromUrlOptions {
  /** Open an existing mirror for reading only (`SqliteStoreOptions.readOnly`, `PostgresStoreOptions.readOnly`). */
  readonly readOnly?: boolean
}

/**
 * The store a location names: `sqlite:./halo.db` (or a path ending in `.db` / `.sqlite`) or
 * `postgres://…` / `postgresql://…`. What the `halo sync --to` and `--db` flags take (`--db` read-only).
 */
export function storeFromUrl(location: string, options: StoreFromUrlOptions = {}): SyncStore {
  const readOnly = options.readOnly ?? false
  if (/^postgres(ql)?:\/\//i.test(location)) return postgresStore(location, { readOnly })
  if (/^sqlite:/i.test(location))
    return sqliteStore(location.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, ''), { readOnly })
  if (/\.(db|sqlite3?)$/i.test(location)) return sqliteStore(location, { readOnly })
  throw new RangeError(
    `@halo/sync: cannot tell which database "${location}" is; use sqlite:./halo.db or postgres://user@host/db`,
  )
}
