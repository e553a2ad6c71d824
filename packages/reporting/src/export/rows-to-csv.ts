import { type ExportColumn, type ExportRow, resolveColumns, valueText } from './export-columns.js'

export interface RowsToCsvOptions {
  /** Columns and their order; default every key of the rows, in the order first seen. */
  columns?: readonly ExportColumn[] | undefined
  /** Default `,`. */
  delimiter?: string | undefined
  /** Default `\r\n` (RFC 4180). */
  newline?: '\r\n' | '\n' | undefined
  /** Prefix a UTF-8 byte order mark so Excel opens non-ASCII text correctly. Default `false`. */
  bom?: boolean | undefined
  /**
   * Prefix `'` to text cells starting with `=`, `+`, `-`, `@`, tab or CR, so a spreadsheet does not run
   * report data as a formula (CSV injection). Numbers are never touched. Default `false`, which keeps
   * the data exactly as Halo returned it.
   */
  guardFormulas?: boolean | undefined
}

/**
 * Report rows as RFC 4180 CSV with a header row. Objects and arrays are written as JSON, dates as ISO 8601,
 * `null`/`undefined` as empty cells.
 *
 * The writer is small and kept here rather than shared with `@halo/tickets`' CSV kit, so that reporting
 * does not depend on the tickets package.
 */
export function rowsToCsv(rows: readonly ExportRow[], options: RowsToCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ','
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new RangeError(
      `rowsToCsv: the delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}`,
    )
  }
  const newline = options.newline ?? '\r\n'
  const columns = resolveColumns(rows, options.columns)
  const cell = (value: unknown): string => {
    let text = valueText(value)
    if (options.guardFormulas && typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
    const quote =
      text.includes(delimiter) ||
      text.includes('"') ||
      text.includes('\n') ||
      text.includes('\r') ||
      text !== text.trim()
    return quote ? `"${text.replaceAll('"', '""')}"` : text
  }
  const lines = [
    columns.map((column) => cell(column.header)).join(delimiter),
    ...rows.map((row) => columns.map((column) => cell(row[column.key])).join(delimiter)),
  ]
  return (options.bom ? '\uFEFF' : '') + lines.map((line) => line + newline).join('')
}
