import type { Pool, PoolClient } from 'pg'
import { loadDriver } from './load-driver.js'
import { type LockWaitOptions, takeLock } from './lock-wait.js'
import {
  type ColumnType,
  columnValue,
  JSON_COLUMN,
  newColumns,
  quoteIdentifier as q,
  SYNCED_AT_COLUMN,
} from './mirror-columns.js'
import * as mirrorSql from './mirror-sql.js'
import {
  type MirrorChange,
  type MirrorTable,
  SYNC_STATE_TABLE,
  type SyncState,
  type SyncStore,
} from './sync-store.js'

const POSTGRES_COLUMNS: mirrorSql.SqlColumnTypes = {
  key: 'bigint',
  text: 'text',
  json: 'jsonb',
  time: 'timestamptz',
}

const POSTGRES_TYPES: Readonly<Record<ColumnType, string>> = {
  integer: 'bigint',
  real: 'double precision',
  text: 'text',
  boolean: 'boolean',
}

function typeFromPostgres(dataType: string): ColumnType {
  if (dataType === 'bigint' || dataType === 'integer') return 'integer'
  if (dataType === 'double precision') return 'real'
  if (dataType === 'boolean') return 'boolean'
  return 'text'
}

const INT8_OID = 20

/** Postgres allows 65 535 bind parameters per statement; rows are inserted in chunks below that. */
const MAX_PARAMETERS = 60_000

/** Text Postgres cannot store (NUL) is kept out of text columns; `_json` still has the value. */
function storable(value: string | number | boolean | null): string | number | boolean | null {
  return typeof value === 'string' && value.includes('\u0000') ? null : value
}

/** Whether the table `name` (quoted as the store quotes it) exists. */
async function tableExists(db: Pool | PoolClient, name: string): Promise<boolean> {
  const { rows } = await db.query('SELECT to_regclass($1) AS t', [name])
  return (rows[0] as { t: unknown }).t !== null
}

function iso(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  return value instanceof Date ? value.toISOString() : String(value)
}

export interface PostgresStoreOptions {
  /**
   * Connections the store may open. Default 4: a resource being synced holds one for its lock and
   * uses another for its writes, so one `syncHalo` call syncs up to half this many resources at once.
   */
  readonly maxConnections?: number
  /**
   * Every connection refuses changes (`default_transaction_read_only`): for reading a mirror with
   * `query` (`halo sync query` opens it so). `open()` creates nothing, not even the state table.
   */
  readonly readOnly?: boolean
}

/** Where a Postgres URL points, without its user or password: `host:port/database`. */
function whereOf(url: string): string {
  try {
    const { hostname, port, pathname } = new URL(url)
    return `${hostname}${port === '' ? '' : `:${port}`}${pathname}`
  } catch {
    return 'the URL given'
  }
}

/**
 * The first connection's failure, saying which server it was (never the password) and what to
 * check; the driver's error stays as `cause`, and its `code` (ECONNREFUSED, 28P01, 3D000…) is kept.
 */
function openFailure(error: unknown, url: string): Error {
  const reason = error instanceof Error ? error.message : String(error)
  const failure = new Error(
    `@halo/sync: could not open the Postgres mirror at ${whereOf(url)} (${reason}); check the URL's host, port, database, user and password, and that the server accepts connections`,
    { cause: error },
  )
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? Object.assign(failure, { code }) : failure
}

/** The advisory lock key under which processes create the mirror's shared tables, one at a time. */
export const SCHEMA_LOCK_KEY = '@halo/sync: schema'

/**
 * Creates `halo_sync_state` unless it exists. Processes opening one new mirror at the same moment
 * would race on CREATE TABLE IF NOT EXISTS (Postgres then fails one with "type … already exists"):
 * each creates it under a transaction advisory lock, so one at a time.
 */
async function createStateTable(pool: Pool): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SCHEMA_LOCK_KEY])
    await client.query(mirrorSql.createStateTableSql(POSTGRES_COLUMNS))
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/**
 * The shared store: a PostgreSQL database that several sync processes may write at once. A resource
 * is synced by one process at a time (a session advisory lock per resource, released by Postgres if
 * the process dies), records are `jsonb`, times `timestamptz`.
 *
 * Needs the optional peer `pg` (8.x).
 *
 * @example
 * ```ts
 * import { postgresStore, syncHalo } from '@halo/sync'
 * const store = postgresStore('postgres://sync@db.internal:5432/halo')
 * await syncHalo({ core, store, resources: ['tickets', 'actions'] })
 * await store.close()
 * ```
 */
export function postgresStore(url: string, options: PostgresStoreOptions = {}): SyncStore {
  return new PostgresSyncStore(url, options)
}

class PostgresSyncStore implements SyncStore {
  readonly kind = 'postgres'
  readonly #url: string
  readonly #maxConnections: number
  readonly #readOnly: boolean
  readonly parallelResources: number
  readonly #tables = new Map<string, Map<string, ColumnType>>()
  #pool: Pool | undefined
  #opening: Promise<void> | undefined

  constructor(url: string, options: PostgresStoreOptions) {
    this.#url = url
    this.#maxConnections = options.maxConnections ?? 4
    this.#readOnly = options.readOnly ?? false
    this.parallelResources = Math.max(1, Math.floor(this.#maxConnections / 2))
  }

  open(): Promise<void> {
    this.#opening ??= this.#open()
    return this.#opening
  }

  async #open(): Promise<void> {
    const pg = await loadDriver('pg', () => import('pg'))
    const driver = (pg as unknown as { default?: typeof pg }).default ?? pg
    const pool = new driver.Pool({
      connectionString: this.#url,
      max: this.#maxConnections,
      // A session setting each connection starts with: every transaction in it is read-only, and a
      // change fails with Postgres's own "cannot execute … in a read-only transaction" (25006).
      ...(this.#readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
      // Ids are bigint columns; answer them as numbers (Halo ids are far below 2^53), as the SQLite
      // store does, instead of pg's default strings.
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID && format !== 'binary'
            ? (value: string) => Number(value)
            : driver.types.getTypeParser(oid, format)) as typeof driver.types.getTypeParser,
      },
    })
    // An idle client that loses its connection emits 'error' on the pool; without a listener that
    // would end the process. The next query reconnects.
    pool.on('error', () => undefined)
    try {
      if (this.#readOnly) await pool.query('SELECT 1')
      else await createStateTable(pool)
    } catch (error) {
      await pool.end().catch(() => undefined)
      throw openFailure(error, this.#url)
    }
    this.#pool = pool
  }

  #connection(): Pool {
    if (this.#pool === undefined)
      throw new Error('@halo/sync: the Postgres store is not open (call open() first)')
    return this.#pool
  }

  async close(): Promise<void> {
    await this.#opening?.catch(() => undefined)
    const pool = this.#pool
    this.#pool = undefined
    this.#opening = undefined
    this.#tables.clear()
    await pool?.end()
  }

  async withResourceLock<T>(resource: string, work: () => Promise<T>, wait?: LockWaitOptions): Promise<T> {
    const client = await this.#connection().connect()
    const lockKey = `halo_sync:${resource}`
    try {
      // A session lock on a connection of its own, held for the run: Postgres drops it if the
      // process dies. Tried, not waited on in the server (see `takeLock`).
      await takeLock(async () => {
        const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [lockKey])
        return (rows[0] as { locked?: unknown } | undefined)?.locked === true
      }, wait)
      try {
        return await work()
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey])
      }
    } finally {
      client.release()
    }
  }

  async readState(resource: string): Promise<SyncState | undefined> {
    const pool = this.#connection()
    // A read-only store creates nothing: on a database no sync has written yet there is no mark.
    if (this.#readOnly && !(await tableExists(pool, SYNC_STATE_TABLE))) return undefined
    const { rows } = await pool.query(`SELECT * FROM ${SYNC_STATE_TABLE} WHERE resource = $1`, [resource])
    const row = rows[0] as Record<string, unknown> | undefined
    if (row === undefined) return undefined
    return {
      resource,
      highWaterMark: iso(row.high_water_mark),
      lastFullSyncAt: iso(row.last_full_sync_at),
      lastReconciledAt: iso(row.last_reconciled_at),
    }
  }

  async writeState(state: SyncState): Promise<void> {
    await this.#connection().query(mirrorSql.writeStateSql('$1, $2, $3, $4, now()'), [
      state.resource,
      state.highWaterMark ?? null,
      state.lastFullSyncAt ?? null,
      state.lastReconciledAt ?? null,
    ])
  }

  async apply(change: MirrorChange): Promise<{ readonly deleted: number }> {
    const client = await this.#connection().connect()
    try {
      await client.query('BEGIN')
      try {
        const deleted = await this.#applyInTransaction(client, change)
        await client.query('COMMIT')
        return { deleted }
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        // The column cache may hold columns the rollback removed.
        this.#tables.delete(change.table.name)
        throw error
      }
    } finally {
      client.release()
    }
  }

  /** Answers the rows deleted. */
  async #applyInTransaction(client: PoolClient, change: MirrorChange): Promise<number> {
    let deleted = 0
    const { table } = change
    const columns = await this.#ensureTable(client, table)
    const upserts = change.upsert ?? []
    if (upserts.length > 0) {
      for (const [name, type] of newColumns(upserts, columns)) {
        await client.query(
          `ALTER TABLE ${q(table.name)} ADD COLUMN IF NOT EXISTS ${q(name)} ${POSTGRES_TYPES[type]}`,
        )
        columns.set(name, type)
      }
      const entries = [...columns]
      const names = entries.map(([name]) => name)
      const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMETERS / names.length))
      for (let start = 0; start < upserts.length; start += rowsPerStatement) {
        const chunk = upserts.slice(start, start + rowsPerStatement)
        const params: unknown[] = []
        const tuples = chunk.map((record) => {
          const placeholders = entries.map(([name, type]) => {
            if (name === JSON_COLUMN) params.push(JSON.stringify(record).replaceAll('\\u0000', ''))
            else if (name === SYNCED_AT_COLUMN) params.push(change.syncedAt)
            else params.push(storable(columnValue(type, record[name])))
            return name === JSON_COLUMN ? `$${params.length}::jsonb` : `$${params.length}`
          })
          return `(${placeholders.join(', ')})`
        })
        await client.query(mirrorSql.upsertRowsSql(table, names, tuples.join(', ')), params)
      }
    }
    if (change.deleteKeys !== undefined && change.deleteKeys.length > 0) {
      const keyColumns = table.key.map(q).join(', ')
      const arrays = table.key.map((_, i) => (change.deleteKeys ?? []).map((key) => key[i]))
      const unnest = table.key.map((_, i) => `$${i + 1}::bigint[]`).join(', ')
      const removed = await client.query(
        `DELETE FROM ${q(table.name)} WHERE (${keyColumns}) IN (SELECT * FROM unnest(${unnest}))`,
        arrays,
      )
      deleted += removed.rowCount ?? 0
    }
    const children = change.deleteChildren
    if (children !== undefined && children.ids.length > 0) {
      if (await tableExists(client, q(children.table))) {
        await client.query(
          `DELETE FROM ${q(children.table)} WHERE ${q(children.column)} = ANY($1::bigint[])`,
          [[...children.ids]],
        )
      }
    }
    if (change.deleteSyncedBefore !== undefined) {
      const removed = await client.query(`DELETE FROM ${q(table.name)} WHERE ${q(SYNCED_AT_COLUMN)} < $1`, [
        change.deleteSyncedBefore,
      ])
      deleted += removed.rowCount ?? 0
    }
    return deleted
  }

  async #ensureTable(client: PoolClient, table: MirrorTable): Promise<Map<string, ColumnType>> {
    const cached = this.#tables.get(table.name)
    if (cached !== undefined) return cached
    await client.query(mirrorSql.createMirrorTableSql(table, POSTGRES_COLUMNS))
    await client.query(mirrorSql.createSyncedAtIndexSql(table))
    const { rows } = await client.query(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
      [table.name],
    )
    const columns = new Map<string, ColumnType>()
    for (const row of rows as { column_name: string; data_type: string }[]) {
      columns.set(row.column_name, typeFromPostgres(row.data_type))
    }
    this.#tables.set(table.name, columns)
    return columns
  }

  async keys(table: MirrorTable): Promise<number[][]> {
    const pool = this.#connection()
    if (!(await tableExists(pool, q(table.name)))) return []
    const { rows } = await pool.query({
      text: `SELECT ${table.key.map(q).join(', ')} FROM ${q(table.name)}`,
      rowMode: 'array',
    })
    return (rows as unknown[][]).map((row) => row.map(Number))
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Record<string, unknown>[]> {
    const { rows } = await this.#connection().query(sql, [...params])
    return rows as Record<string, unknown>[]
  }
}
