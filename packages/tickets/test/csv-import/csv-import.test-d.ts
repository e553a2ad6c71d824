import { describe, expectTypeOf, it } from 'vitest'
import {
  buildImportTemplate,
  buildSampleRows,
  type ImportRow,
  type ImportRowError,
  type ImportTemplate,
  type ImportValues,
  parseCsv,
  validateImportRows,
  writeCsv,
} from '../../src/csv-import/index.js'

describe('csv import kit types', () => {
  it('has the documented shapes', () => {
    expectTypeOf(buildImportTemplate([])).toEqualTypeOf<ImportTemplate>()
    expectTypeOf<ImportTemplate>().toEqualTypeOf<{ headerCsv: string; metadataCsv: string }>()
    expectTypeOf(buildSampleRows([], 1)).toEqualTypeOf<ImportValues[]>()
    expectTypeOf(validateImportRows([], '')).toEqualTypeOf<{ valid: ImportRow[]; errors: ImportRowError[] }>()
    expectTypeOf<ImportRowError>().toEqualTypeOf<{ line: number; column: string; message: string }>()
    expectTypeOf(parseCsv('')).toEqualTypeOf<{ line: number; cells: string[] }[]>()
    writeCsv([['a', 1, true, null, undefined, new Date(), 1n]])
    // @ts-expect-error objects are not cells
    writeCsv([[{}]])
  })
})
