import { describe, expectTypeOf, it } from 'vitest'
import { type ExportColumn, rowsToCsv, rowsToXlsx } from '../../src/export/index.js'

describe('export types', () => {
  it('takes report rows and returns text or bytes', () => {
    expectTypeOf(rowsToCsv([{ a: 1 }])).toEqualTypeOf<string>()
    expectTypeOf(rowsToXlsx([{ a: 1 }], { sheetName: 'x', columns: ['a'] })).toEqualTypeOf<Uint8Array>()
    expectTypeOf<{ key: 'a'; header: 'A' }>().toMatchTypeOf<ExportColumn>()
    // @ts-expect-error a column is a key or { key, header }
    rowsToCsv([], { columns: [1] })
  })
})
