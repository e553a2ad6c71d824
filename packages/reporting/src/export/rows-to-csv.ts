import { CSV_BYTE_ORDER_MARK } from '@halo/core/csv'
import { type CsvEncodingOptions, csvRowEncoder } from './csv-row-encoder.js'
import { type ExportColumn, type ExportRow, resolveColumns } from './export-columns.js'

export interface RowsToCsvOptions extends CsvEncodingOptions {
  /** Columns and their order; default every key of the rows, in the order first seen. */
  columns?: readonly ExportColumn[] | undefined
  /** Prefix a UTF-8 byte order mark so Excel opens non-ASCII text correctly. Default `false`. */
  bom?: boolean | undefined
}

/**
 * Report rows as RFC 4180 CSV with a header row. Objects and arrays are written as JSON, dates as ISO 8601,
 * `null`/`undefined` as empty cells.
 *
 * Cells follow the SDK's one CSV rule (`@halo/core/csv`), the same as `@halo/tickets`' `writeCsv`. For
 * more rows than fit comfortably in memory, use `streamRowsToCsv`, which writes the same lines a batch
 * at a time.
 */
export function rowsToCsv(rows: readonly ExportRow[], options: RowsToCsvOptions = {}): string {
  const encoder = csvRowEncoder(resolveColumns(rows, options.columns), options)
  return (
    (options.bom ? CSV_BYTE_ORDER_MARK : '') + encoder.header + rows.map((row) => encoder.row(row)).join('')
  )
}
