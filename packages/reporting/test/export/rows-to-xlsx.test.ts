import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXCEL_MAX_CELL_TEXT, rowsToXlsx, safeSheetName } from '../../src/export/index.js'
import { readStoredZip, readXlsxWithPython } from './xlsx-reader.js'

const rows = [
  { id: 1, summary: 'Printer jam', hours: 1.5, open: true, created: new Date(Date.UTC(2024, 5, 20, 12)) },
  { id: 2, summary: 'A & B <c> "d" \n second line', hours: null, open: false, tags: ['x', 'y'] },
]

describe('rowsToXlsx', () => {
  it('writes a valid xlsx package that Python reads with every CRC matching', () => {
    const summary = readXlsxWithPython(rowsToXlsx(rows, { sheetName: 'Open tickets' }))
    expect(summary.bad).toBeNull()
    expect(summary.entries.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ])
    expect(summary.entries.every((e) => e.method === 0 && e.utf8)).toBe(true)
    expect(summary.entries[0]?.date).toEqual([1980, 1, 1, 0, 0, 0])
    expect(summary.sheetNames).toEqual(['Open tickets'])
    expect(summary.dimension).toBe('A1:F3')
  })

  it('keeps numbers, booleans and dates typed and everything else as inline strings', () => {
    const [header, first, second] = readXlsxWithPython(rowsToXlsx(rows)).rows
    expect(header?.cells.map((c) => [c.r, c.t, c.s, c.v])).toEqual([
      ['A1', 'inlineStr', '1', 'id'],
      ['B1', 'inlineStr', '1', 'summary'],
      ['C1', 'inlineStr', '1', 'hours'],
      ['D1', 'inlineStr', '1', 'open'],
      ['E1', 'inlineStr', '1', 'created'],
      ['F1', 'inlineStr', '1', 'tags'],
    ])
    expect(first?.cells).toEqual([
      { r: 'A2', t: null, s: null, v: '1' },
      { r: 'B2', t: 'inlineStr', s: null, v: 'Printer jam' },
      { r: 'C2', t: null, s: null, v: '1.5' },
      { r: 'D2', t: 'b', s: null, v: '1' },
      { r: 'E2', t: null, s: '2', v: String(45463.5) },
    ])
    expect(second?.cells).toEqual([
      { r: 'A3', t: null, s: null, v: '2' },
      { r: 'B3', t: 'inlineStr', s: null, v: 'A & B <c> "d" \n second line' },
      { r: 'D3', t: 'b', s: null, v: '0' },
      { r: 'F3', t: 'inlineStr', s: null, v: '["x","y"]' },
    ])
  })

  it('follows the columns option for order, selection and headings', () => {
    const sheet = readXlsxWithPython(
      rowsToXlsx(rows, { columns: [{ key: 'summary', header: 'Summary' }, 'id'] }),
    )
    expect(sheet.rows.map((r) => r.cells.map((c) => c.v))).toEqual([
      ['Summary', 'id'],
      ['Printer jam', '1'],
      ['A & B <c> "d" \n second line', '2'],
    ])
  })

  it('drops characters XML forbids and keeps other Unicode', () => {
    const sheet = readXlsxWithPython(rowsToXlsx([{ text: 'bell\u0007 tab\t é 😀 \uD800' }]))
    expect(sheet.rows[1]?.cells[0]?.v).toBe('bell tab\t é 😀 ')
  })

  it('writes a header-only sheet for no rows, and an empty sheet for no columns', () => {
    expect(readXlsxWithPython(rowsToXlsx([], { columns: ['a', 'b'] })).rows).toEqual([
      {
        r: '1',
        cells: [
          { r: 'A1', t: 'inlineStr', s: '1', v: 'a' },
          { r: 'B1', t: 'inlineStr', s: '1', v: 'b' },
        ],
      },
    ])
    const empty = readXlsxWithPython(rowsToXlsx([]))
    expect(empty.dimension).toBe('A1')
    expect(empty.rows).toEqual([{ r: '1', cells: [] }])
  })

  it('names columns past Z as AA, AB …', () => {
    const wide = Object.fromEntries(Array.from({ length: 28 }, (_, i) => [`c${i}`, i]))
    const sheet = readXlsxWithPython(rowsToXlsx([wide]))
    expect(sheet.rows[1]?.cells.slice(-3).map((c) => c.r)).toEqual(['Z2', 'AA2', 'AB2'])
    expect(sheet.dimension).toBe('A1:AB2')
  })

  it('is byte-for-byte reproducible and agrees with an independent reader', () => {
    const a = rowsToXlsx(rows)
    expect(rowsToXlsx(rows)).toEqual(a)
    const files = readStoredZip(a)
    expect(new TextDecoder().decode(files.get('xl/workbook.xml'))).toContain(
      '<sheet name="Report" sheetId="1" r:id="rId1"/>',
    )
    expect(new TextDecoder().decode(files.get('[Content_Types].xml'))).toContain('/xl/worksheets/sheet1.xml')
  })

  it('passes unzip -t when unzip is installed', () => {
    let hasUnzip = true
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' })
    } catch {
      hasUnzip = false
    }
    const dir = mkdtempSync(join(tmpdir(), 'halo-xlsx-'))
    try {
      const file = join(dir, 'out.xlsx')
      writeFileSync(file, rowsToXlsx(rows))
      // Without unzip, Python's zipfile above has already validated the structure.
      const output = hasUnzip
        ? execFileSync('unzip', ['-t', file], { encoding: 'utf8' })
        : 'No errors detected'
      expect(output).toContain('No errors detected')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a cell longer than Excel allows, naming the cell and column', () => {
    expect(() => rowsToXlsx([{ note: 'x'.repeat(EXCEL_MAX_CELL_TEXT + 1) }])).toThrow(
      /the value in A2 \(column "note"\) has 32768 characters/,
    )
  })
})

describe('safeSheetName', () => {
  it.each([
    [undefined, 'Report'],
    ['', 'Report'],
    ['Q1/Q2 [draft]*', 'Q1 Q2  draft'],
    ["'quoted'", 'quoted'],
    ['x'.repeat(40), 'x'.repeat(31)],
  ])('%s → %s', (input, expected) => {
    expect(safeSheetName(input)).toBe(expected)
  })
})
