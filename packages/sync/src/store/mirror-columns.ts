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
  // Runs on every record of every page, and a page's records mostly have the same fields in the same
  // order: for a record with the last one's field names, only the fields whose type was still open
  // (null so far) are looked at, after comparing the names (about a sixth of the time of looking each
  // field up).
  let lastNames: readonly string[] | undefined
  /** Of the last names, those without a column whose values so far said no type (null, objects). */
  const open: string[] = []
  for (const record of records) {
    const names = Object.keys(record)
    if (lastNames !== undefined && sameNames(names, lastNames)) {
      let kept = 0
      for (const name of open) {
        const type = columnTypeOf(record[name])
        if (type === undefined) open[kept++] = name
        else found.set(name, type)
      }
      open.length = kept
      continue
    }
    lastNames = names
    open.length = 0
    for (const name of names) {
      if (known.has(name) || found.has(name) || !isColumnName(name)) continue
      const type = columnTypeOf(record[name])
      if (type === undefined) open.push(name)
      else found.set(name, type)
    }
  }
  return found
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Quotes an SQL identifier (both SQLite and Postgres use double quotes). */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
