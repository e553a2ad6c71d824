export type { ImportTemplate } from './build-import-template.js'
export { buildImportTemplate, METADATA_HEADER } from './build-import-template.js'
export { buildSampleCsv, buildSampleRows } from './build-sample-rows.js'
export { checkCellValue, findLookupValue } from './check-cell.js'
export { exportLookupCsv, LOOKUP_CSV_HEADER } from './export-lookup-csv.js'
export type { ImportRow, ImportRowError, ImportValues } from './import-row.js'
export { MULTI_VALUE_SEPARATOR } from './import-row.js'
export type { ImportDraft, UnresolvedImportValue } from './import-row-to-draft.js'
export { importRowToDraft } from './import-row-to-draft.js'
export type { CsvRecord, ParseCsvOptions } from './parse-csv.js'
export { CsvParseError, parseCsv } from './parse-csv.js'
export type {
  ImportNameKind,
  ImportNameResolution,
  ImportNameResolver,
  ResolvedImportDraft,
} from './resolve-import-names.js'
export { resolveImportNames } from './resolve-import-names.js'
export type { ImportValidationResult } from './validate-import-rows.js'
export { validateImportRows } from './validate-import-rows.js'
export type { CsvValue, WriteCsvOptions } from './write-csv.js'
export { escapeCsvCell, writeCsv } from './write-csv.js'
