export type {
  CsvEncodingOptions,
  ExportColumn,
  ExportRow,
  RowBatches,
  RowsToCsvOptions,
  RowsToXlsxOptions,
  StreamColumnsOptions,
  StreamRowsToCsvOptions,
  StreamRowsToXlsxOptions,
} from './export/index.js'
export { rowsToCsv, rowsToXlsx, streamRowsToCsv, streamRowsToXlsx } from './export/index.js'
export * from './generated/index.js'
export * from './resources/index.js'
