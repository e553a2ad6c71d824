import { describe, expect, it } from 'vitest'
import { rowsToCsv } from '../../src/export/index.js'

describe('rowsToCsv', () => {
  it('writes a header from the keys first seen and one line per row', () => {
    const csv = rowsToCsv([
      { id: 1, summary: 'Printer jam' },
      { id: 2, summary: 'Needs, "quotes"', agent: 'Ann' },
    ])
    expect(csv).toBe('id,summary,agent\r\n1,Printer jam,\r\n2,"Needs, ""quotes""",Ann\r\n')
  })

  it('follows the columns option and writes objects as JSON, dates as ISO, nulls as empty', () => {
    const csv = rowsToCsv(
      [{ id: 1, when: new Date(Date.UTC(2024, 5, 20)), extra: { a: 1 }, none: null, ok: false }],
      { columns: [{ key: 'when', header: 'When' }, 'extra', 'none', 'ok', 'missing'] },
    )
    expect(csv).toBe('When,extra,none,ok,missing\r\n2024-06-20T00:00:00.000Z,"{""a"":1}",,false,\r\n')
  })

  it('quotes line breaks and padded text, and supports BOM, LF and another delimiter', () => {
    expect(rowsToCsv([{ a: 'one\ntwo', b: ' pad' }], { newline: '\n', bom: true, delimiter: ';' })).toBe(
      '\uFEFFa;b\n"one\ntwo";" pad"\n',
    )
    expect(() => rowsToCsv([], { delimiter: '\n' })).toThrow(/delimiter/)
  })

  it('guards formula-like text on request but never numbers', () => {
    const rows = [{ f: '=SUM(A1)', n: -5, at: '@home', ok: 'plain' }]
    expect(rowsToCsv(rows, { guardFormulas: true })).toBe("f,n,at,ok\r\n'=SUM(A1),-5,'@home,plain\r\n")
    expect(rowsToCsv(rows)).toBe('f,n,at,ok\r\n=SUM(A1),-5,@home,plain\r\n')
  })

  it('writes an empty file for no rows and no columns, and only a header for columns without rows', () => {
    expect(rowsToCsv([])).toBe('\r\n')
    expect(rowsToCsv([], { columns: ['a', 'b'] })).toBe('a,b\r\n')
  })
})
