// The SQL both stores write, built once: the statements are the same in SQLite and Postgres but for
// column types and how values are bound, which each store passes in.
import { JSON_COLUMN, quoteIdentifier as q, SYNCED_AT_COLUMN } from './mirror-columns.js'
import { type MirrorTable, SYNC_STATE_TABLE } from './sync-store.js'

/** A store's column types for keys, text, the record's JSON and timestamps. */
export interface SqlColumnTypes {
  readonly key: string
  readonly text: string
  readonly json: string
  readonly time: string
}

/** The table of one row per resource that holds its sync marks. */
export function createStateTableSql(types: SqlColumnTypes): string {
  return `CREATE TABLE IF NOT EXISTS ${SYNC_STATE_TABLE} (
    resource ${types.text} PRIMARY KEY,
    high_water_mark ${types.time},
    last_full_sync_at ${types.time},
    last_reconciled_at ${types.time},
    updated_at ${types.time} NOT NULL
  )`
}

/** Writes one resource's marks; `values` binds resource, the three marks and the update time, in order. */
export function writeStateSql(values: string): string {
  return `INSERT INTO ${SYNC_STATE_TABLE} (resource, high_water_mark, last_full_sync_at, last_reconciled_at, updated_at)
    VALUES (${values})
    ON CONFLICT (resource) DO UPDATE SET high_water_mark = excluded.high_water_mark,
      last_full_sync_at = excluded.last_full_sync_at, last_reconciled_at = excluded.last_reconciled_at,
      updated_at = excluded.updated_at`
}

/** A mirror table with its key columns, `_json` and `_synced_at`; record columns are added as they appear. */
export function createMirrorTableSql(table: MirrorTable, types: SqlColumnTypes): string {
  const keys = table.key.map((k) => `${q(k)} ${types.key} NOT NULL`).join(', ')
  return `CREATE TABLE IF NOT EXISTS ${q(table.name)} (${keys}, ${q(JSON_COLUMN)} ${types.json} NOT NULL, ${q(SYNCED_AT_COLUMN)} ${types.time} NOT NULL, PRIMARY KEY (${table.key.map(q).join(', ')}))`
}

/**
 * The index on `_synced_at` of a mirror table (created with it, and added to a table made before
 * it). A full read ends by deleting the rows it did not write (`_synced_at` before the read began):
 * without the index that delete reads the whole table, every row's JSON with it (17 ms for 20,000
 * tickets in SQLite, after the last answer, on every full read); with it, it reads only the rows it
 * deletes. Index names are per schema, hence the table's name in it.
 */
export function createSyncedAtIndexSql(table: MirrorTable): string {
  return `CREATE INDEX IF NOT EXISTS ${q(`${table.name}__synced_at`)} ON ${q(table.name)} (${q(SYNCED_AT_COLUMN)})`
}

/** Inserts rows of `names`, updating every non-key column of a row whose key exists; `rows` is the VALUES list. */
export function upsertRowsSql(table: MirrorTable, names: readonly string[], rows: string): string {
  const updates = names.filter((n) => !table.key.includes(n)).map((n) => `${q(n)} = excluded.${q(n)}`)
  return `INSERT INTO ${q(table.name)} (${names.map(q).join(', ')}) VALUES ${rows}
    ON CONFLICT (${table.key.map(q).join(', ')}) DO UPDATE SET ${updates.join(', ')}`
}
