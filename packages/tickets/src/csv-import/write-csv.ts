/** What a CSV cell may be given as. `null`/`undefined` write an empty cell; a Date writes ISO 8601. */
export type CsvValue = string | number | boolean | bigint | Date | null | undefined

export interface WriteCsvOptions {
  /** Default `,`. */
  delimiter?: string | undefined
  /** Default `\r\n`, as RFC 4180 asks. */
  newline?: '\r\n' | '\n' | undefined
  /** Prefix a UTF-8 byte order mark so Excel reads non-ASCII text correctly. Default `false`. */
  bom?: boolean | undefined
}

/**
 * Writes rows as RFC 4180 CSV: every record ends with the newline, and a cell is quoted (with inner
 * quotes doubled) when it holds the delimiter, a quote, a line break or leading/trailing spaces, which
 * spreadsheet programs would otherwise split or trim.
 */
export function writeCsv(rows: readonly (readonly CsvValue[])[], options: WriteCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ','
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new RangeError(
      `writeCsv: the delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}`,
    )
  }
  const newline = options.newline ?? '\r\n'
  const body = rows.map(
    (row) => `${row.map((cell) => escapeCsvCell(cell, delimiter)).join(delimiter)}${newline}`,
  )
  return (options.bom ? '\uFEFF' : '') + body.join('')
}

/** One cell, quoted when needed. */
export function escapeCsvCell(value: CsvValue, delimiter = ','): string {
  const text = cellText(value)
  const needsQuotes =
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text !== text.trim()
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text
}

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString()
  return String(value)
}
