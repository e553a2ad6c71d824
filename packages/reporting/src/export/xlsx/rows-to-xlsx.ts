import { type ExportColumn, type ExportRow, resolveColumns } from '../export-columns.js'
import { zipStore } from '../zip/zip-store.js'
import {
  CONTENT_TYPES_XML,
  PACKAGE_RELS_XML,
  STYLES_XML,
  WORKBOOK_RELS_XML,
  workbookXml,
} from './package-parts.js'
import { sheetXml } from './sheet-xml.js'

export interface RowsToXlsxOptions {
  /** Worksheet name; characters Excel forbids (`[]:*?/\`) become spaces, and it is cut to 31. Default `Report`. */
  sheetName?: string | undefined
  /** Columns and their order; default every key of the rows, in the order first seen. */
  columns?: readonly ExportColumn[] | undefined
  /** Modification time stored in the archive; default a fixed date so output is reproducible. */
  modified?: Date | undefined
}

/**
 * Report rows as an Excel workbook (.xlsx, Office Open XML) with one sheet, written without dependencies:
 * the XML parts are packed in a ZIP with the store method. Returns the file's bytes.
 */
export function rowsToXlsx(rows: readonly ExportRow[], options: RowsToXlsxOptions = {}): Uint8Array {
  const encoder = new TextEncoder()
  const columns = resolveColumns(rows, options.columns)
  const parts: [string, string][] = [
    ...workbookParts(options.sheetName),
    [SHEET_PART, sheetXml(rows, columns)],
  ]
  return zipStore(
    parts.map(([name, xml]) => ({ name, data: encoder.encode(xml) })),
    options.modified ? { modified: options.modified } : {},
  )
}

/** Where the one worksheet goes in the package. */
export const SHEET_PART = 'xl/worksheets/sheet1.xml'

/** Every part of the workbook package but the worksheet, by name. */
export function workbookParts(sheetName: string | undefined): [string, string][] {
  return [
    ['[Content_Types].xml', CONTENT_TYPES_XML],
    ['_rels/.rels', PACKAGE_RELS_XML],
    ['xl/workbook.xml', workbookXml(safeSheetName(sheetName))],
    ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS_XML],
    ['xl/styles.xml', STYLES_XML],
  ]
}

/** A name Excel accepts: no `[]:*?/\`, no leading or trailing apostrophe, 1–31 characters. */
export function safeSheetName(name: string | undefined): string {
  const cleaned = (name ?? '')
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
  // Cut by code points so a surrogate pair is never split.
  const cut = Array.from(cleaned).slice(0, 31).join('').trim()
  return cut === '' ? 'Report' : cut
}
