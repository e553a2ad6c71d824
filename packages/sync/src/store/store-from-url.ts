import { postgresStore } from './postgres-store.js'
import { sqliteStore } from './sqlite-store.js'
import type { SyncStore } from './sync-store.js'

/**
 * The store a location names: `sqlite:./halo.db` (or a path ending in `.db` / `.sqlite`) or
 * `postgres://…` / `postgresql://…`. What the `halo sync --to` and `--db` flags take.
 */
export function storeFromUrl(location: string): SyncStore {
  if (/^postgres(ql)?:\/\//i.test(location)) return postgresStore(location)
  if (/^sqlite:/i.test(location))
    return sqliteStore(location.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, ''))
  if (/\.(db|sqlite3?)$/i.test(location)) return sqliteStore(location)
  throw new RangeError(
    `@halo/sync: cannot tell which database "${location}" is; use sqlite:./halo.db or postgres://user@host/db`,
  )
}
