// Writes a batch of records into one SQLite mirror table: several rows per INSERT (one statement
// run binds a whole slice of the batch instead of one row), values read by per-column readers into
// one reused array. A batch is cut into slices of a few fixed sizes (`sliceSizes`), each size's
// statement prepared once and reused: a statement per row count met would keep up to 100 per table,
// and 100 statements for a table of 50 columns hold about 27 MB and took 57 ms to prepare.
import type BetterSqlite3 from 'better-sqlite3'
import { type ColumnReader, columnReaders, type RowValue } from './column-readers.js'
import type { ColumnType } from './mirror-columns.js'
import * as mirrorSql from './mirror-sql.js'
import type { MirrorTable } from './sync-store.js'

/** Most values one statement binds (SQLite's SQLITE_MAX_VARIABLE_NUMBER since 3.32). */
const MAX_BOUND_VALUES = 32_766
/** Most rows one INSERT carries: a page of records. */
const MAX_ROWS_PER_INSERT = 100

export class SqliteUpsert {
  readonly #db: BetterSqlite3.Database
  readonly #table: MirrorTable
  readonly #names: readonly string[]
  readonly #readers: readonly ColumnReader[]
  readonly #rowsPerInsert: number
  /** INSERT statements by row count. */
  readonly #statements = new Map<number, BetterSqlite3.Statement>()
  readonly #values: RowValue[] = []
  /** The `_json` texts of the batch being written, when the caller has them (record i's at i). */
  #texts: readonly string[] | undefined
  #row = 0

  constructor(db: BetterSqlite3.Database, table: MirrorTable, columns: ReadonlyMap<string, ColumnType>) {
    this.#db = db
    this.#table = table
    this.#names = [...columns.keys()]
    this.#readers = columnReaders(columns, {
      json: (record) => this.#texts?.[this.#row] ?? JSON.stringify(record),
      booleansAsNumbers: true,
    })
    this.#rowsPerInsert = Math.max(
      1,
      Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_BOUND_VALUES / this.#names.length)),
    )
  }

  /**
   * Inserts or replaces every record (inside the caller's transaction). `texts`, when given, holds
   * each record's JSON text (what `_json` stores), so it is not serialised again.
   */
  write(
    records: readonly Readonly<Record<string, unknown>>[],
    syncedAt: string,
    texts?: readonly string[],
  ): void {
    this.#texts = texts
    let start = 0
    for (const size of sliceSizes(records.length, this.#rowsPerInsert)) {
      const end = start + size
      const values = this.#values
      values.length = 0
      for (let i = start; i < end; i++) {
        const record = records[i] as Readonly<Record<string, unknown>>
        this.#row = i
        for (const read of this.#readers) values.push(read(record, syncedAt))
      }
      this.#statement(size).run(values)
      start = end
    }
  }

  #statement(rows: number): BetterSqlite3.Statement {
    let statement = this.#statements.get(rows)
    if (statement === undefined) {
      const tuple = `(${this.#names.map(() => '?').join(', ')})`
      const tuples = Array.from({ length: rows }, () => tuple).join(', ')
      statement = this.#db.prepare(mirrorSql.upsertRowsSql(this.#table, this.#names, tuples))
      this.#statements.set(rows, statement)
    }
    return statement
  }
}

/**
 * The slices `count` rows are written in: as many of `most` rows as fit, then the rest in powers of
 * two, largest first (so at most one statement per power of two below `most`, and `most`'s).
 */
export function sliceSizes(count: number, most: number): number[] {
  const sizes: number[] = []
  let left = count
  for (; left >= most; left -= most) sizes.push(most)
  while (left > 0) {
    const size = 2 ** Math.floor(Math.log2(left))
    sizes.push(size)
    left -= size
  }
  return sizes
}
