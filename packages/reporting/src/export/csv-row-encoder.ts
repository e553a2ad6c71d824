import { type CsvEncoderOptions, csvEncoder } from '@halo/core/csv'
import type { ResolvedColumn } from './export-columns.js'

/**
 * How `rowsToCsv` and `streamRowsToCsv` write cells and lines: `delimiter` (default `,`), `newline`
 * (default `\r\n`, RFC 4180) and `guardFormulas` (prefix `'` to text starting with `=`, `+`, `-`, `@`,
 * tab or CR so a spreadsheet does not run report data as a formula; default `false`).
 */
export type CsvEncodingOptions = CsvEncoderOptions

/** Turns the header and each row into one CSV line (newline included), for the given columns. */
export interface CsvRowEncoder {
  readonly header: string
  row(row: Readonly<Record<string, unknown>>): string
}

/**
 * The CSV line writer of the export kit, over the SDK's one CSV rule (`@halo/core/csv`, shared with the
 * ticket import kit): RFC 4180 quoting, objects as JSON, dates as ISO 8601, `null`/`undefined` as empty
 * cells.
 */
export function csvRowEncoder(
  columns: readonly ResolvedColumn[],
  options: CsvEncodingOptions = {},
  caller = 'rowsToCsv',
): CsvRowEncoder {
  const csv = csvEncoder(options, caller)
  return {
    header: csv.line(columns.map((column) => column.header)),
    row: (row) => csv.line(columns.map((column) => row[column.key])),
  }
}
