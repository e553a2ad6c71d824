import type BetterSqlite3 from 'better-sqlite3'
import { KeyedMutex } from './keyed-mutex.js'
import { loadDriver } from './load-driver.js'
import { type ColumnType, newColumns, quoteIdentifier as q, SYNCED_AT_COLUMN } from './mirror-columns.js'
import * as mirrorSql from './mirror-sql.js'
import { SqliteUpsert } from './sqlite-upsert.js'
import {
  type MirrorChange,
  type MirrorTable,
  SYNC_STATE_TABLE,
  type SyncState,
  type SyncStore,
} from './sync-store.js'

const SQLITE_COLUMNS: mirrorSql.SqlColumnTypes = { key: 'INTEGER', text: 'TEXT', json: 'TEXT', time: 'TEXT' }

const SQLITE_TYPES: Readonly<Record<ColumnType, string>> = {
  integer: 'INTEGER',
  real: 'REAL',
  text: 'TEXT',
  boolean: 'BOOLEAN',
}

function typeFromDeclared(declared: string): ColumnType {
  const upper = declared.toUpperCase()
  if (upper === 'INTEGER') return 'integer'
  if (upper === 'REAL') return 'real'
  if (upper === 'BOOLEAN') return 'boolean'
  return 'text'
}

interface TableInfo {
  readonly columns: Map<string, ColumnType>
  /** The writer for the current columns (replaced when a column is added). */
  upsert: SqliteUpsert | undefined
}

/**
 * The embedded store: one SQLite file (WAL journal, so readers never wait for a sync and a killed
 * process leaves every committed page intact; `synchronous = NORMAL`, so a commit costs no fsync).
 * Meant for one sync process at a time: its resource lock works within the process; share a mirror
 * between processes with `postgresStore`.
 *
 * Needs the optional peer `better-sqlite3` (12.x).
 *
 * @example
 * ```ts
 * import { sqliteStore, syncHalo } from '@halo/sync'
 * const store = sqliteStore('./halo.db')
 * await syncHalo({ core, store })
 * console.log(await store.query('SELECT count(*) AS n FROM tickets'))
 * await store.close()
 * ```
 */
export function sqliteStore(path: string): SyncStore {
  return new SqliteSyncStore(path)
}

/** Writes are synchronous and take no connection: resources only overlap their waits for Halo. */
const SQLITE_PARALLEL_RESOURCES = 8

class SqliteSyncStore implements SyncStore {
  readonly kind = 'sqlite'
  readonly parallelResources = SQLITE_PARALLEL_RESOURCES
  readonly #path: string
  readonly #mutex = new KeyedMutex()
  readonly #tables = new Map<string, TableInfo>()
  #db: BetterSqlite3.Database | undefined
  #opening: Promise<void> | undefined

  constructor(path: string) {
    this.#path = path
  }

  open(): Promise<void> {
    this.#opening ??= this.#open()
    return this.#opening
  }

  async #open(): Promise<void> {
    const { default: Database } = await loadDriver('better-sqlite3', () => import('better-sqlite3'))
    const db = new Database(this.#path)
    db.pragma('journal_mode = WAL')
    // In WAL mode NORMAL syncs at checkpoints, not at every commit (a page is one commit). A killed
    // process loses nothing committed; a power cut may lose the last commits, and since the mark is
    // committed after the data it covers, in the same ordered log, it can only go back with them.
    db.pragma('synchronous = NORMAL')
    db.pragma('busy_timeout = 10000')
    db.exec(mirrorSql.createStateTableSql(SQLITE_COLUMNS))
    this.#db = db
  }

  #database(): BetterSqlite3.Database {
    if (this.#db === undefined)
      throw new Error('@halo/sync: the SQLite store is not open (call open() first)')
    return this.#db
  }

  async close(): Promise<void> {
    await this.#opening?.catch(() => undefined)
    this.#db?.close()
    this.#db = undefined
    this.#opening = undefined
    this.#tables.clear()
  }

  withResourceLock<T>(resource: string, work: () => Promise<T>): Promise<T> {
    return this.#mutex.run(resource, work)
  }

  async readState(resource: string): Promise<SyncState | undefined> {
    const row = this.#database()
      .prepare(`SELECT * FROM ${SYNC_STATE_TABLE} WHERE resource = ?`)
      .get(resource) as Record<string, string | null> | undefined
    if (row === undefined) return undefined
    return {
      resource,
      highWaterMark: row.high_water_mark ?? undefined,
      lastFullSyncAt: row.last_full_sync_at ?? undefined,
      lastReconciledAt: row.last_reconciled_at ?? undefined,
    }
  }

  async writeState(state: SyncState): Promise<void> {
    this.#database()
      .prepare(mirrorSql.writeStateSql('?, ?, ?, ?, ?'))
      .run(
        state.resource,
        state.highWaterMark ?? null,
        state.lastFullSyncAt ?? null,
        state.lastReconciledAt ?? null,
        new Date().toISOString(),
      )
  }

  async apply(change: MirrorChange): Promise<{ readonly deleted: number }> {
    const db = this.#database()
    return { deleted: db.transaction(() => this.#applyInTransaction(db, change))() }
  }

  /** Answers the rows deleted. */
  #applyInTransaction(db: BetterSqlite3.Database, change: MirrorChange): number {
    let deleted = 0
    const { table } = change
    const info = this.#ensureTable(db, table)
    const upserts = change.upsert ?? []
    if (upserts.length > 0) {
      const added = newColumns(upserts, info.columns)
      for (const [name, type] of added) {
        db.exec(`ALTER TABLE ${q(table.name)} ADD COLUMN ${q(name)} ${SQLITE_TYPES[type]}`)
        info.columns.set(name, type)
        info.upsert = undefined
      }
      info.upsert ??= new SqliteUpsert(db, table, info.columns)
      info.upsert.write(upserts, change.syncedAt)
    }
    if (change.deleteKeys !== undefined && change.deleteKeys.length > 0) {
      const where = table.key.map((k) => `${q(k)} = ?`).join(' AND ')
      const remove = db.prepare(`DELETE FROM ${q(table.name)} WHERE ${where}`)
      for (const key of change.deleteKeys) deleted += remove.run([...key]).changes
    }
    const children = change.deleteChildren
    if (children !== undefined && children.ids.length > 0 && this.#tableExists(db, children.table)) {
      const remove = db.prepare(`DELETE FROM ${q(children.table)} WHERE ${q(children.column)} = ?`)
      for (const id of children.ids) remove.run(id)
    }
    if (change.deleteSyncedBefore !== undefined) {
      deleted += db
        .prepare(`DELETE FROM ${q(table.name)} WHERE ${q(SYNCED_AT_COLUMN)} < ?`)
        .run(change.deleteSyncedBefore).changes
    }
    return deleted
  }

  #tableExists(db: BetterSqlite3.Database, name: string): boolean {
    return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined
  }

  #ensureTable(db: BetterSqlite3.Database, table: MirrorTable): TableInfo {
    const cached = this.#tables.get(table.name)
    if (cached !== undefined) return cached
    db.exec(mirrorSql.createMirrorTableSql(table, SQLITE_COLUMNS))
    const columns = new Map<string, ColumnType>()
    const rows = db.prepare(`PRAGMA table_info(${q(table.name)})`).all() as { name: string; type: string }[]
    for (const row of rows) columns.set(row.name, typeFromDeclared(row.type))
    const info: TableInfo = { columns, upsert: undefined }
    this.#tables.set(table.name, info)
    return info
  }

  async keys(table: MirrorTable): Promise<number[][]> {
    const db = this.#database()
    if (!this.#tableExists(db, table.name)) return []
    const rows = db
      .prepare(`SELECT ${table.key.map(q).join(', ')} FROM ${q(table.name)}`)
      .raw()
      .all() as number[][]
    return rows
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Record<string, unknown>[]> {
    const statement = this.#database().prepare(sql)
    if (!statement.reader) {
      statement.run([...params])
      return []
    }
    return statement.all([...params]) as Record<string, unknown>[]
  }
}
