// Which fields of a record become typed columns, and the value each column gets. Only scalars do
// (strings, numbers, booleans); objects and arrays live in `_json` alone. Numbers are floating-point
// columns (exact for every integer up to 2^53) so a field that is 3 today and 3.5 tomorrow still fits;
// key columns are integers. A value whose type differs from its column's (Halo sent "" where it sent
// 0 before) is stored as NULL in the column and stays exact in `_json`.

/** The column types a mirror table uses. */
export type ColumnType = 'integer' | 'real' | 'text' | 'boolean'

/** Columns every table has, never taken from a record. */
export const JSON_COLUMN = '_json'
export const SYNCED_AT_COLUMN = '_synced_at'

/** Identifier length Postgres keeps (it truncates longer ones, which could merge two fields). */
const MAX_IDENTIFIER_BYTES = 63

/** Whether a record field may have a column of its own. */
export function isColumnName(name: string): boolean {
  return (
    name !== JSON_COLUMN &&
    name !== SYNCED_AT_COLUMN &&
    name.length > 0 &&
    Buffer.byteLength(name) <= MAX_IDENTIFIER_BYTES &&
    !name.includes('\u0000')
  )
}

/** The column type a value calls for, or undefined when it gets none (null, objects, arrays). */
export function columnTypeOf(value: unknown): ColumnType | undefined {
  switch (typeof value) {
    case 'string':
      return 'text'
    case 'number':
      return Number.isFinite(value) ? 'real' : undefined
    case 'boolean':
      return 'boolean'
    default:
      return undefined
  }
}

/** The value a column of `type` stores for a record's `value` (null when it does not fit). */
export function columnValue(type: ColumnType, value: unknown): string | number | boolean | null {
  switch (type) {
    case 'text':
      return typeof value === 'string' ? value : null
    case 'real':
    case 'integer':
      return typeof value === 'number' && Number.isFinite(value) ? value : null
    case 'boolean':
      return typeof value === 'boolean' ? value : null
  }
}

/** Scalar fields of `records` that have no column yet, with the type their first value calls for. */
export function newColumns(
  records: readonly Readonly<Record<string, unknown>>[],
  known: ReadonlyMap<string, ColumnType>,
): Map<string, ColumnType> {
  const found = new Map<string, ColumnType>()
  // Runs on every record of every page: a for-in walk allocates nothing for the fields already known.
  for (const record of records) {
    for (const name in record) {
      if (!Object.hasOwn(record, name) || known.has(name) || found.has(name) || !isColumnName(name)) continue
      const type = columnTypeOf(record[name])
      if (type !== undefined) found.set(name, type)
    }
  }
  return found
}

/** Quotes an SQL identifier (both SQLite and Postgres use double quotes). */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
