import { describe, expect, it } from 'vitest'
import { CSV_BYTE_ORDER_MARK, csvCellText, csvEncoder } from '../../src/csv/index.js'

describe('csvCellText', () => {
  it('writes nothing for null, undefined and an invalid date; ISO 8601 for dates; JSON for objects', () => {
    expect(csvCellText(null)).toBe('')
    expect(csvCellText(undefined)).toBe('')
    expect(csvCellText(new Date(Number.NaN))).toBe('')
    expect(csvCellText(new Date(Date.UTC(2024, 5, 20, 13, 45, 6, 789)))).toBe('2024-06-20T13:45:06.789Z')
    expect(csvCellText({ a: { b: [1, 'x'] } })).toBe('{"a":{"b":[1,"x"]}}')
    expect(csvCellText([1, null])).toBe('[1,null]')
    expect(csvCellText(12345678901234567890n)).toBe('12345678901234567890')
    expect(csvCellText(false)).toBe('false')
  })
})

describe('csvEncoder', () => {
  it('quotes only cells holding the delimiter, a quote, a line break or outer spaces', () => {
    const csv = csvEncoder()
    expect(['plain', 'semi;colon', 'Ünïcødé 日本語 🎉', '=1+1'].map(csv.cell)).toEqual([
      'plain',
      'semi;colon',
      'Ünïcødé 日本語 🎉',
      '=1+1',
    ])
    expect(['a,b', 'say "hi"', 'x\ny', 'x\ry', ' lead', 'trail ', '\ttab'].map(csv.cell)).toEqual([
      '"a,b"',
      '"say ""hi"""',
      '"x\ny"',
      '"x\ry"',
      '" lead"',
      '"trail "',
      '"\ttab"',
    ])
    expect(csvEncoder({ delimiter: ';' }).cell('a,b;c')).toBe('"a,b;c"')
  })

  it('ends each line with the newline asked for (CRLF by default)', () => {
    expect(csvEncoder().line(['a', 1, null, true])).toBe('a,1,,true\r\n')
    expect(csvEncoder({ newline: '\n', delimiter: '\t' }).line(['a', 'b c'])).toBe('a\tb c\n')
    expect(csvEncoder().line([])).toBe('\r\n')
  })

  it('guards formula-like text on request, never numbers', () => {
    const guarded = csvEncoder({ guardFormulas: true })
    expect(guarded.line(['=SUM(A1)', '+1', '-2', '@cmd', '\tTab', '\rx', -5, 'ok'])).toBe(
      "'=SUM(A1),'+1,'-2,'@cmd,'\tTab,\"'\rx\",-5,ok\r\n",
    )
    expect(csvEncoder().cell('=SUM(A1)')).toBe('=SUM(A1)')
  })

  it('refuses a delimiter that cannot be told apart from the data, naming the caller', () => {
    for (const delimiter of ['', ';;', '"', '\n', '\r']) {
      expect(() => csvEncoder({ delimiter }, 'writeCsv')).toThrow(
        /^writeCsv: the delimiter must be one character/,
      )
    }
  })

  it('offers the byte order mark Excel needs for non-ASCII text', () => {
    expect(CSV_BYTE_ORDER_MARK).toBe('\uFEFF')
  })
})
