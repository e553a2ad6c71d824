import { type ResolvedColumn, valueText } from './export-columns.js'

/** How `rowsToCsv` and `streamRowsToCsv` write cells and lines. */
export interface CsvEncodingOptions {
  /** Default `,`. */
  delimiter?: string | undefined
  /** Default `\r\n` (RFC 4180). */
  newline?: '\r\n' | '\n' | undefined
  /**
   * Prefix `'` to text cells starting with `=`, `+`, `-`, `@`, tab or CR, so a spreadsheet does not run
   * report data as a formula (CSV injection). Numbers are never touched. Default `false`, which keeps
   * the data exactly as Halo returned it.
   */
  guardFormulas?: boolean | undefined
}

/** Turns the header and each row into one CSV line (newline included), for the given columns. */
export interface CsvRowEncoder {
  readonly header: string
  row(row: Readonly<Record<string, unknown>>): string
}

/**
 * The one CSV line writer of the export kit: RFC 4180 quoting (a cell holding the delimiter, a quote,
 * a line break or leading/trailing spaces is quoted, inner quotes doubled), objects as JSON, dates as
 * ISO 8601, `null`/`undefined` as empty cells.
 */
export function csvRowEncoder(
  columns: readonly ResolvedColumn[],
  options: CsvEncodingOptions = {},
  caller = 'rowsToCsv',
): CsvRowEncoder {
  const delimiter = options.delimiter ?? ','
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new RangeError(
      `${caller}: the delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}`,
    )
  }
  const newline = options.newline ?? '\r\n'
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
  return {
    header: columns.map((column) => cell(column.header)).join(delimiter) + newline,
    row: (row) => columns.map((column) => cell(row[column.key])).join(delimiter) + newline,
  }
}
