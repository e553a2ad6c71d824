export type { ExportColumn, ExportRow, RowsToCsvOptions, RowsToXlsxOptions } from './export/index.js'
export { rowsToCsv, rowsToXlsx } from './export/index.js'
export * from './generated/index.js'
export * from './resources/index.js'
