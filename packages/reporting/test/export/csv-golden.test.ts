import { describe, expect, it } from 'vitest'
import { type ExportRow, rowsToCsv, streamRowsToCsv } from '../../src/export/index.js'

// Report rows with tricky values, and what the exports wrote for them before they moved onto the SDK's
// shared CSV rule (`@halo/core/csv`, also behind `@halo/tickets`' `writeCsv`). Any change fails here.
const ROWS: readonly ExportRow[] = [
  {
    quote: 'say "hi"',
    comma: 'a,b',
    semicolon: 'semi;colon',
    lf: 'line1\nline2',
    cr: 'cr\rhere',
    crlf: 'crlf\r\nend',
    padded: ' lead',
    tab: '\tTab',
    formula: '=SUM(A1:A3)',
    plus: '+1',
    minus: '-2',
    at: '@cmd',
    unicode: 'Ünïcødé 日本語 🎉',
    negative: -5,
    big: 12345678901234567890n,
    flag: false,
    when: new Date(Date.UTC(2024, 5, 20, 13, 45, 6, 789)),
    never: new Date(Number.NaN),
    none: null,
    missing: undefined,
    nested: { a: { b: [1, 'x,y'] }, q: 'say "hi"' },
    list: [1, 'two', null],
    empty: {},
  },
  { quote: 'second', late: '=late' },
]

const HEADER =
  'quote,comma,semicolon,lf,cr,crlf,padded,tab,formula,plus,minus,at,unicode,negative,big,flag,when,never,none,missing,nested,list,empty,late'
const FIRST = [
  '"say ""hi"""',
  '"a,b"',
  'semi;colon',
  '"line1\nline2"',
  '"cr\rhere"',
  '"crlf\r\nend"',
  '" lead"',
  '"\tTab"',
  '=SUM(A1:A3)',
  '+1',
  '-2',
  '@cmd',
  'Ünïcødé 日本語 🎉',
  '-5',
  '12345678901234567890',
  'false',
  '2024-06-20T13:45:06.789Z',
  '',
  '',
  '',
  '"{""a"":{""b"":[1,""x,y""]},""q"":""say \\""hi\\""""}"',
  '"[1,""two"",null]"',
  '{}',
  '',
]
const GUARDED = { tab: "'\tTab", formula: "'=SUM(A1:A3)", plus: "'+1", minus: "'-2", at: "'@cmd" }

describe('the report CSV writers, on tricky values', () => {
  it('rowsToCsv writes the same text as before', () => {
    expect(rowsToCsv(ROWS)).toBe(`${HEADER}\r\n${FIRST.join(',')}\r\nsecond${','.repeat(23)}=late\r\n`)
  })

  it('guards formula-like text on request: strings only, never the number -5', () => {
    const keys = HEADER.split(',')
    const first = FIRST.map((cell, i) => GUARDED[keys[i] as keyof typeof GUARDED] ?? cell)
    expect(rowsToCsv(ROWS, { guardFormulas: true })).toBe(
      `${HEADER}\r\n${first.join(',')}\r\nsecond${','.repeat(23)}'=late\r\n`,
    )
  })

  it('writes `;`, LF and a BOM as before', () => {
    const first = FIRST.map((cell) =>
      cell === 'semi;colon' ? '"semi;colon"' : cell === '"a,b"' ? 'a,b' : cell,
    )
    expect(rowsToCsv(ROWS, { delimiter: ';', newline: '\n', bom: true })).toBe(
      `\uFEFF${HEADER.replaceAll(',', ';')}\n${first.join(';')}\nsecond${';'.repeat(23)}=late\n`,
    )
  })

  it('streamRowsToCsv writes, a batch at a time, the text rowsToCsv writes', async () => {
    let text = ''
    const batches = [[ROWS[0] as ExportRow], [ROWS[1] as ExportRow]]
    for await (const chunk of streamRowsToCsv(batches, { columns: HEADER.split(','), guardFormulas: true }))
      text += chunk
    expect(text).toBe(rowsToCsv(ROWS, { guardFormulas: true }))
  })
})
