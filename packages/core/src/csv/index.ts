// `@halo/core/csv`: the CSV writing rule shared by the report exports (`@halo/reporting`) and the
// ticket import kit (`@halo/tickets`), on a subpath so neither package carries the other and apps
// that never write CSV never load it.
export { csvCellText } from './csv-cell-text.js'
export type { CsvEncoder, CsvEncoderOptions } from './csv-encoder.js'
export { CSV_BYTE_ORDER_MARK, csvEncoder } from './csv-encoder.js'
