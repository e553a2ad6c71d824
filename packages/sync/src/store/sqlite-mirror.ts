// The SQLite mirror itself: one better-sqlite3 connection and every statement the store runs, all
// synchronous. It lives in the store's worker thread (sqlite-worker.ts), so SQLite's work runs beside
// the thread that reads and parses Halo's answers.
import type BetterSqlite3 from 'better-sqlite3'
import { parseJsonBatch } from './json-batches.js'
import { type ColumnType, newColumns, quoteIdentifier as q, SYNCED_AT_COLUMN } from './mirror-columns.js'
import * as mirrorSql from './mirror-sql.js'
import { arrayElementTexts } from './record-texts.js'
import { SqliteUpsert } from './sqlite-upsert.js'
import { type MirrorChange, type MirrorTable, SYNC_STATE_TABLE, type SyncState } from './sync-store.js'

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

export class SqliteMirror {
  readonly #db: BetterSqlite3.Database
  readonly #tables = new Map<string, TableInfo>()
  readonly #readOnly: boolean

  /**
   * Opens (or creates) the file: WAL journal, `synchronous = NORMAL`, and `halo_sync_state`.
   * `readOnly`: opens an existing file only, as it is, and refuses every change (`query_only`).
   */
  constructor(Database: typeof BetterSqlite3, path: string, { readOnly = false } = {}) {
    this.#readOnly = readOnly
    if (readOnly) {
      // `query_only` on an ordinary connection: it reads the file as the sync's own connection does,
      // while a sync may be writing it, and SQLite refuses every change (SQLITE_READONLY).
      const db = new Database(path, { fileMustExist: true })
      db.pragma('query_only = ON')
      db.pragma('busy_timeout = 10000')
      this.#db = db
      return
    }
    const db = new Database(path)
    // A new file's page size (an existing one keeps its own): a ticket row with its JSON is about
    // 2.5 kB, and 8 KiB pages hold three where 4 KiB pages hold one with the rest of the page empty.
    // Measured writing a 20,000-ticket mirror with its actions: about 12% less CPU, a 13% smaller file.
    db.pragma('page_size = 8192')
    db.pragma('journal_mode = WAL')
    // In WAL mode NORMAL syncs at checkpoints, not at every commit (a batch of records is one commit). A killed
    // process loses nothing committed; a power cut may lose the last commits, and since the mark is
    // committed after the data it covers, in the same ordered log, it can only go back with them.
    db.pragma('synchronous = NORMAL')
    db.pragma('busy_timeout = 10000')
    db.exec(mirrorSql.createStateTableSql(SQLITE_COLUMNS))
    this.#db = db
  }

  /**
   * Runs `work` in one transaction; the writes it makes (`apply`) become savepoints in it, so one
   * that fails is rolled back alone.
   */
  inTransaction<T>(work: () => T): T {
    return this.#db.transaction(work)()
  }

  /**
   * Forgets every table's layout, read again on the next write: for after a transaction rolled back
   * as a whole, which undid the tables and columns its writes had added.
   */
  forgetLayouts(): void {
    this.#tables.clear()
  }

  /** Whether a transaction is open (SQLite rolls one back by itself after some errors). */
  get isInTransaction(): boolean {
    return this.#db.inTransaction
  }

  /** Copies the write-ahead log into the database file, without waiting for readers (PASSIVE). */
  checkpoint(): void {
    this.#db.pragma('wal_checkpoint(PASSIVE)')
  }

  close(): void {
    this.#db.close()
    this.#tables.clear()
  }

  readState(resource: string): SyncState | undefined {
    // A read-only connection creates nothing: on a file no sync has written yet there is no mark.
    if (this.#readOnly && !this.#tableExists(SYNC_STATE_TABLE)) return undefined
    const row = this.#db.prepare(`SELECT * FROM ${SYNC_STATE_TABLE} WHERE resource = ?`).get(resource) as
      | Record<string, string | null>
      | undefined
    if (row === undefined) return undefined
    return {
      resource,
      highWaterMark: row.high_water_mark ?? undefined,
      lastFullSyncAt: row.last_full_sync_at ?? undefined,
      lastReconciledAt: row.last_reconciled_at ?? undefined,
    }
  }

  writeState(state: SyncState): void {
    this.#db
      .prepare(mirrorSql.writeStateSql('?, ?, ?, ?, ?'))
      .run(
        state.resource,
        state.highWaterMark ?? null,
        state.lastFullSyncAt ?? null,
        state.lastReconciledAt ?? null,
        new Date().toISOString(),
      )
  }

  /**
   * Writes the change in one transaction; answers the rows deleted. `texts`: the JSON text of each
   * record of `change.upsert`, when the caller has it (stored as `_json` as it stands).
   */
  apply(change: MirrorChange, texts?: readonly string[]): { readonly deleted: number } {
    try {
      return { deleted: this.#db.transaction(() => this.#applyInTransaction(change, texts))() }
    } catch (error) {
      // The rollback also undid any CREATE TABLE or ADD COLUMN of this change: read the layout again.
      this.#tables.delete(change.table.name)
      throw error
    }
  }

  /**
   * `apply` with the records given as the JSON text of one array, parsed here; each record's `_json`
   * is its text in that array, cut out rather than serialised again.
   */
  applyJsonBatch(change: MirrorChange, json: string): { readonly deleted: number } {
    const upsert = parseJsonBatch(json, change.table.name)
    const texts = arrayElementTexts(json)
    // Always as many for valid JSON; were they not, serialising each record stays correct.
    return this.apply({ ...change, upsert }, texts.length === upsert.length ? texts : undefined)
  }

  #applyInTransaction(change: MirrorChange, texts: readonly string[] | undefined): number {
    const db = this.#db
    let deleted = 0
    const { table } = change
    const info = this.#ensureTable(table)
    const upserts = change.upsert ?? []
    if (upserts.length > 0) {
      const added = newColumns(upserts, info.columns)
      for (const [name, type] of added) {
        db.exec(`ALTER TABLE ${q(table.name)} ADD COLUMN ${q(name)} ${SQLITE_TYPES[type]}`)
        info.columns.set(name, type)
        info.upsert = undefined
      }
      info.upsert ??= new SqliteUpsert(db, table, info.columns)
      info.upsert.write(upserts, change.syncedAt, texts)
    }
    if (change.deleteKeys !== undefined && change.deleteKeys.length > 0) {
      const where = table.key.map((k) => `${q(k)} = ?`).join(' AND ')
      const remove = db.prepare(`DELETE FROM ${q(table.name)} WHERE ${where}`)
      for (const key of change.deleteKeys) deleted += remove.run([...key]).changes
    }
    const children = change.deleteChildren
    if (children !== undefined && children.ids.length > 0 && this.#tableExists(children.table)) {
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

  #tableExists(name: string): boolean {
    return (
      this.#db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !==
      undefined
    )
  }

  #ensureTable(table: MirrorTable): TableInfo {
    const cached = this.#tables.get(table.name)
    if (cached !== undefined) return cached
    this.#db.exec(mirrorSql.createMirrorTableSql(table, SQLITE_COLUMNS))
    this.#db.exec(mirrorSql.createSyncedAtIndexSql(table))
    const columns = new Map<string, ColumnType>()
    const rows = this.#db.prepare(`PRAGMA table_info(${q(table.name)})`).all() as {
      name: string
      type: string
    }[]
    for (const row of rows) columns.set(row.name, typeFromDeclared(row.type))
    const info: TableInfo = { columns, upsert: undefined }
    this.#tables.set(table.name, info)
    return info
  }

  keys(table: MirrorTable): number[][] {
    if (!this.#tableExists(table.name)) return []
    return this.#db
      .prepare(`SELECT ${table.key.map(q).join(', ')} FROM ${q(table.name)}`)
      .raw()
      .all() as number[][]
  }

  query(sql: string, params: readonly unknown[]): Record<string, unknown>[] {
    const statement = this.#db.prepare(sql)
    if (!statement.reader) {
      statement.run([...params])
      return []
    }
    return statement.all([...params]) as Record<string, unknown>[]
  }
}
