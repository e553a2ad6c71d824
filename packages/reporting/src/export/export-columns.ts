/** A report row as Halo returns it in `report.rows`: column name → value. */
export type ExportRow = Readonly<Record<string, unknown>>

/** A column to export: the row key, or the key with a different heading. */
export type ExportColumn = string | { key: string; header?: string | undefined }

export interface ResolvedColumn {
  key: string
  header: string
}

/**
 * The columns to write: the ones given, in that order, or else every key met in the rows in the order
 * first seen (report rows usually share one shape, but a sparse row must not hide a column).
 */
export function resolveColumns(
  rows: readonly ExportRow[],
  columns?: readonly ExportColumn[],
): ResolvedColumn[] {
  if (columns) {
    return columns.map((column) =>
      typeof column === 'string'
        ? { key: column, header: column }
        : { key: column.key, header: column.header ?? column.key },
    )
  }
  const keys = new Set<string>()
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key)
  return [...keys].map((key) => ({ key, header: key }))
}
