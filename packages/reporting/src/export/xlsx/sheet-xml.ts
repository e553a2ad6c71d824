import { csvCellText } from '@halo/core/csv'
import type { ExportRow, ResolvedColumn } from '../export-columns.js'
import { columnLetters } from './cell-reference.js'
import { MAIN_NS, STYLE, XML_DECLARATION } from './package-parts.js'
import { xmlText } from './xml-text.js'

/** Excel's limits (Excel specifications and limits): beyond them a file does not open. */
export const EXCEL_MAX_ROWS = 1_048_576
export const EXCEL_MAX_COLUMNS = 16_384
export const EXCEL_MAX_CELL_TEXT = 32_767

const MS_PER_DAY = 86_400_000
// Day 25569 is 1970-01-01 in Excel's 1900 date system (which counts the fictional 1900-02-29).
const UNIX_EPOCH_SERIAL = 25_569

/**
 * `xl/worksheets/sheet1.xml`: a bold header row frozen at the top, then one row per record. Numbers and
 * booleans keep their type, dates become date-formatted serial numbers, and all other values are inline
 * strings (no shared-string table, which keeps the writer to one pass).
 */
export function sheetXml(rows: readonly ExportRow[], columns: readonly ResolvedColumn[]): string {
  if (rows.length + 1 > EXCEL_MAX_ROWS) throw tooManyRows(rows.length, 'rowsToXlsx')
  const sheet = sheetWriter(columns, 'rowsToXlsx')
  const last = columns.length > 0 ? `${sheet.letters[columns.length - 1]}${rows.length + 1}` : 'A1'
  const dimension = last === 'A1' ? 'A1' : `A1:${last}`
  const parts = rows.map((row, index) => sheet.row(row, index + 2))
  return `${sheet.start(dimension)}${parts.join('')}${SHEET_END}`
}

/** The end of the sheet part, after the last row. */
export const SHEET_END = '</sheetData></worksheet>'

/** Writes a sheet part in pieces: `start()` (with the header row), `row()` per record, then `SHEET_END`. */
export interface SheetWriter {
  readonly letters: readonly string[]
  /** The XML before the first record, header row included; `dimension` is optional in the format. */
  start(dimension?: string): string
  /** The record on sheet row `r` (the header is row 1). */
  row(row: ExportRow, r: number): string
}

/**
 * A bold header row frozen at the top, then one row per record. Numbers and booleans keep their type,
 * dates become date-formatted serial numbers, and all other values are inline strings (no shared-string
 * table, which keeps the writer to one pass).
 */
export function sheetWriter(columns: readonly ResolvedColumn[], caller: string): SheetWriter {
  if (columns.length > EXCEL_MAX_COLUMNS) {
    throw new RangeError(`${caller}: ${columns.length} columns exceed Excel's limit of ${EXCEL_MAX_COLUMNS}.`)
  }
  const letters = columns.map((_, index) => columnLetters(index))
  return {
    letters,
    start(dimension) {
      const header = `<row r="1">${columns.map((column, index) => stringCell(`${letters[index]}1`, column.header, STYLE.header, column.header, caller)).join('')}</row>`
      const dimensionElement = dimension === undefined ? '' : `<dimension ref="${dimension}"/>`
      return `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}">${dimensionElement}<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>${header}`
    },
    row(row, r) {
      const cells = columns
        .map((column, c) => cell(`${letters[c]}${r}`, row[column.key], column.header, caller))
        .join('')
      return `<row r="${r}">${cells}</row>`
    },
  }
}

/** The error for more records than an Excel sheet holds. */
export function tooManyRows(rows: number, caller: string): RangeError {
  return new RangeError(
    `${caller}: ${rows} rows exceed Excel's limit of ${EXCEL_MAX_ROWS - 1} rows below the header. Export as CSV instead.`,
  )
}

function cell(ref: string, value: unknown, header: string, caller: string): string {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"><v>${value}</v></c>`
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return `<c r="${ref}" s="${STYLE.dateTime}"><v>${value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL}</v></c>`
  }
  return stringCell(ref, csvCellText(value), STYLE.default, header, caller)
}

function stringCell(ref: string, text: string, style: number, header: string, caller: string): string {
  if (text.length > EXCEL_MAX_CELL_TEXT) {
    throw new RangeError(
      `${caller}: the value in ${ref} (column "${header}") has ${text.length} characters; Excel allows ${EXCEL_MAX_CELL_TEXT} per cell. Export as CSV instead.`,
    )
  }
  const styleAttribute = style === STYLE.default ? '' : ` s="${style}"`
  return `<c r="${ref}" t="inlineStr"${styleAttribute}><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`
}
