import { CSV_BYTE_ORDER_MARK, type CsvEncoderOptions, csvEncoder } from '@halo/core/csv'

/** What a CSV cell may be given as. `null`/`undefined` write an empty cell; a Date writes ISO 8601. */
export type CsvValue = string | number | boolean | bigint | Date | null | undefined

/**
 * `delimiter` (default `,`), `newline` (default `\r\n`, as RFC 4180 asks), `guardFormulas` (prefix `'`
 * to text starting with `=`, `+`, `-`, `@`, tab or CR so a spreadsheet does not run it as a formula;
 * default `false`), and `bom`.
 */
export interface WriteCsvOptions extends CsvEncoderOptions {
  /** Prefix a UTF-8 byte order mark so Excel reads non-ASCII text correctly. Default `false`. */
  bom?: boolean | undefined
}

/**
 * Writes rows as RFC 4180 CSV: every record ends with the newline, and a cell is quoted (with inner
 * quotes doubled) when it holds the delimiter, a quote, a line break or leading/trailing spaces, which
 * spreadsheet programs would otherwise split or trim. The rule is the SDK's one CSV rule
 * (`@halo/core/csv`), the same as `@halo/reporting`'s `rowsToCsv`.
 */
export function writeCsv(rows: readonly (readonly CsvValue[])[], options: WriteCsvOptions = {}): string {
  const csv = csvEncoder(options, 'writeCsv')
  return (options.bom ? CSV_BYTE_ORDER_MARK : '') + rows.map((row) => csv.line(row)).join('')
}

/** One cell, quoted when needed (an invalid date writes an empty cell). */
export function escapeCsvCell(value: CsvValue, delimiter = ','): string {
  return csvEncoder({ delimiter }, 'escapeCsvCell').cell(value)
}
