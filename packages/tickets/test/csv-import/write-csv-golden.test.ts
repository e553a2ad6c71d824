import { describe, expect, it } from 'vitest'
import { type CsvValue, escapeCsvCell, writeCsv } from '../../src/csv-import/index.js'

// Tricky cells and what `writeCsv` wrote for them before it moved onto the SDK's shared CSV rule
// (`@halo/core/csv`): [value, cell with `,`, cell with `;`]. Any change of output fails here.
const GOLDEN: readonly (readonly [CsvValue, string, string])[] = [
  ['plain', 'plain', 'plain'],
  ['say "hi"', '"say ""hi"""', '"say ""hi"""'],
  ['a,b', '"a,b"', 'a,b'],
  ['semi;colon', 'semi;colon', '"semi;colon"'],
  ['line1\nline2', '"line1\nline2"', '"line1\nline2"'],
  ['cr\rhere', '"cr\rhere"', '"cr\rhere"'],
  ['crlf\r\nend', '"crlf\r\nend"', '"crlf\r\nend"'],
  [' lead', '" lead"', '" lead"'],
  ['trail ', '"trail "', '"trail "'],
  ['\tTab', '"\tTab"', '"\tTab"'],
  ['=SUM(A1:A3)', '=SUM(A1:A3)', '=SUM(A1:A3)'],
  ['+1', '+1', '+1'],
  ['-2', '-2', '-2'],
  ['@cmd', '@cmd', '@cmd'],
  ["'quoted", "'quoted", "'quoted"],
  ['Ünïcødé 日本語 🎉', 'Ünïcødé 日本語 🎉', 'Ünïcødé 日本語 🎉'],
  ['', '', ''],
  [0, '0', '0'],
  [-5, '-5', '-5'],
  [3.25, '3.25', '3.25'],
  [true, 'true', 'true'],
  [false, 'false', 'false'],
  [12345678901234567890n, '12345678901234567890', '12345678901234567890'],
  [new Date(Date.UTC(2024, 5, 20, 13, 45, 6, 789)), '2024-06-20T13:45:06.789Z', '2024-06-20T13:45:06.789Z'],
  [null, '', ''],
  [undefined, '', ''],
]
const values = GOLDEN.map(([value]) => value)

describe('the CSV writer of the import kit, on tricky values', () => {
  it('escapeCsvCell writes each cell as before, with either delimiter', () => {
    expect(values.map((value) => escapeCsvCell(value))).toEqual(GOLDEN.map(([, comma]) => comma))
    expect(values.map((value) => escapeCsvCell(value, ';'))).toEqual(GOLDEN.map(([, , semi]) => semi))
  })

  it('writeCsv writes the same records as before: CRLF by default, LF, `;` and a BOM on request', () => {
    expect(writeCsv([['h1', 'h 2'], values])).toBe(
      `h1,h 2\r\n${GOLDEN.map(([, comma]) => comma).join(',')}\r\n`,
    )
    expect(writeCsv([values], { newline: '\n', delimiter: ';', bom: true })).toBe(
      `\uFEFF${GOLDEN.map(([, , semi]) => semi).join(';')}\n`,
    )
  })

  it('guards formula-like text only when asked (the rule the report exports share)', () => {
    expect(writeCsv([['=SUM(A1:A3)', '-2', -2, '@cmd', 'ok']], { guardFormulas: true })).toBe(
      "'=SUM(A1:A3),'-2,-2,'@cmd,ok\r\n",
    )
  })
})
