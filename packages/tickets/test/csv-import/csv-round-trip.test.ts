import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvParseError, escapeCsvCell, parseCsv, writeCsv } from '../../src/csv-import/index.js'

const cells = (text: string) => parseCsv(text).map((r) => r.cells)

describe('writeCsv', () => {
  it('quotes only cells that need it and ends every record with CRLF', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines', ' padded', 1, true, null, undefined]])).toBe(
      'a,"b,c","say ""hi""","two\nlines"," padded",1,true,,\r\n',
    )
  })
  it('writes dates as ISO 8601, adds a BOM and LF newlines on request', () => {
    expect(writeCsv([[new Date(Date.UTC(2024, 5, 20))]], { bom: true, newline: '\n' })).toBe(
      '\uFEFF2024-06-20T00:00:00.000Z\n',
    )
  })
  it('writes nothing for no rows, and an empty line for an empty row', () => {
    expect(writeCsv([])).toBe('')
    expect(writeCsv([[]])).toBe('\r\n')
  })
  it('honours another delimiter and rejects a bad one', () => {
    expect(writeCsv([['a;b', 'c,d']], { delimiter: ';' })).toBe('"a;b";c,d\r\n')
    expect(() => writeCsv([], { delimiter: '"' })).toThrow(/delimiter/)
    expect(escapeCsvCell('x\ry')).toBe('"x\ry"')
  })
})

describe('parseCsv', () => {
  it('parses quotes, embedded commas, doubled quotes and line breaks', () => {
    expect(cells('a,"b,c","say ""hi""","two\r\nlines"\r\nx,y,z,w\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\r\nlines'],
      ['x', 'y', 'z', 'w'],
    ])
  })

  it('numbers records by the file line they start on, counting lines inside quoted cells', () => {
    const records = parseCsv('h1,h2\r\n"multi\r\nline\r\ncell",x\r\nnext,row\nlast,"a\nb"\n')
    expect(records.map((r) => r.line)).toEqual([1, 2, 5, 6])
  })

  it('strips a BOM, accepts LF and lone CR, and ignores one final line break', () => {
    expect(cells('\uFEFFa,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
    expect(parseCsv('a\rb\r').map((r) => [r.line, r.cells])).toEqual([
      [1, ['a']],
      [2, ['b']],
    ])
  })

  it('keeps empty cells, trailing delimiters and blank lines', () => {
    expect(cells(',a,\n\nb')).toEqual([['', 'a', ''], [''], ['b']])
    expect(cells('')).toEqual([])
    expect(cells('""')).toEqual([['']])
  })

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(cells('5" disk,x')).toEqual([['5" disk', 'x']])
  })

  it('reports an unclosed quote at the line it opened', () => {
    const error = (() => {
      try {
        parseCsv('a,b\nc,"never\nclosed\n')
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(CsvParseError)
    expect(error).toMatchObject({ line: 2, message: 'A quoted cell is never closed (line 2)' })
  })

  it('reports text after a closing quote', () => {
    expect(() => parseCsv('a\n"b"c')).toThrow('Unexpected "c" after a closing quote (line 2)')
  })

  it('round-trips any table through writeCsv', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', '\r\n', 'é', ';', '\t'),
    })
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (table) => {
        // A row holding one empty cell writes a blank line, which reads back as [''] — the same table.
        expect(cells(writeCsv(table))).toEqual(table)
        expect(cells(writeCsv(table, { newline: '\n', bom: true }))).toEqual(table)
      }),
    )
  })
})
