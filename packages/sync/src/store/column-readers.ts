// How each column of a mirror row gets its value from a record, chosen once per table layout (a
// closure per column) instead of deciding by column name and type for every value of every row.
import { type ColumnType, columnValue, JSON_COLUMN, SYNCED_AT_COLUMN } from './mirror-columns.js'

/** A value a row binds. */
export type RowValue = string | number | boolean | null

/** Reads one column's value for a record written at `syncedAt`. */
export type ColumnReader = (record: Readonly<Record<string, unknown>>, syncedAt: string) => RowValue

/** How a store binds the whole record and booleans (SQLite has no boolean type: 1 and 0). */
export interface ReaderOptions {
  readonly json: (record: Readonly<Record<string, unknown>>) => string
  readonly booleansAsNumbers: boolean
}

/** One reader per column, in the order of `columns`. */
export function columnReaders(
  columns: ReadonlyMap<string, ColumnType>,
  options: ReaderOptions,
): ColumnReader[] {
  return [...columns].map(([name, type]): ColumnReader => {
    if (name === JSON_COLUMN) return (record) => options.json(record)
    if (name === SYNCED_AT_COLUMN) return (_, syncedAt) => syncedAt
    if (type === 'boolean' && options.booleansAsNumbers) {
      return (record) => {
        const value = record[name]
        return typeof value === 'boolean' ? (value ? 1 : 0) : null
      }
    }
    return (record) => columnValue(type, record[name])
  })
}
