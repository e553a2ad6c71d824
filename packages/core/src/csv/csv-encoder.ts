import { csvCellText } from './csv-cell-text.js'

/** How cells and lines of CSV are written. */
export interface CsvEncoderOptions {
  /** Default `,`. */
  delimiter?: string | undefined
  /** Default `\r\n` (RFC 4180). */
  newline?: '\r\n' | '\n' | undefined
  /**
   * Prefix `'` to text cells starting with `=`, `+`, `-`, `@`, tab or CR, so a spreadsheet does not run
   * the data as a formula (CSV injection). Only strings are guarded: numbers, dates and JSON never
   * start a formula. Default `false`, which keeps the data exactly as it was given.
   */
  guardFormulas?: boolean | undefined
}

/** Writes cells and whole lines of CSV under one set of options. */
export interface CsvEncoder {
  readonly delimiter: string
  readonly newline: '\r\n' | '\n'
  /** One cell: its text (`csvCellText`), guarded if asked, quoted when needed. */
  cell(value: unknown): string
  /** One record: its cells joined by the delimiter, newline included. */
  line(values: readonly unknown[]): string
}

/** A UTF-8 byte order mark, which Excel needs to read non-ASCII text in a CSV file correctly. */
export const CSV_BYTE_ORDER_MARK = '\uFEFF'

const FORMULA_START = /^[=+\-@\t\r]/

/**
 * The one CSV quoting rule of the SDK (RFC 4180): a cell holding the delimiter, a quote, a line break
 * or leading/trailing spaces is quoted with its inner quotes doubled, since spreadsheet programs would
 * otherwise split or trim it; every other cell is written as it is. `caller` names the function in the
 * error an unusable delimiter gives.
 */
export function csvEncoder(options: CsvEncoderOptions = {}, caller = 'csvEncoder'): CsvEncoder {
  const delimiter = options.delimiter ?? ','
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new RangeError(
      `${caller}: the delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}`,
    )
  }
  const newline = options.newline ?? '\r\n'
  const guardFormulas = options.guardFormulas === true
  const cell = (value: unknown): string => {
    let text = csvCellText(value)
    if (guardFormulas && typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
    const quote =
      text.includes(delimiter) ||
      text.includes('"') ||
      text.includes('\n') ||
      text.includes('\r') ||
      text !== text.trim()
    return quote ? `"${text.replaceAll('"', '""')}"` : text
  }
  return {
    delimiter,
    newline,
    cell,
    line: (values) => values.map(cell).join(delimiter) + newline,
  }
}
