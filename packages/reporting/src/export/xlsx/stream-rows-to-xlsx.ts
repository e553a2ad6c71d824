import type { ExportRow } from '../export-columns.js'
import { type RowBatches, type StreamColumnsOptions, streamColumns } from '../stream-columns.js'
import { ZipStreamWriter } from '../zip/zip-stream.js'
import { type RowsToXlsxOptions, SHEET_PART, workbookParts } from './rows-to-xlsx.js'
import { EXCEL_MAX_ROWS, SHEET_END, type SheetWriter, sheetWriter, tooManyRows } from './sheet-xml.js'

export interface StreamRowsToXlsxOptions extends RowsToXlsxOptions, StreamColumnsOptions {}

/**
 * An Excel workbook a batch at a time: the same sheet as `rowsToXlsx` (bold frozen header, typed
 * cells), yielded as bytes while the batches arrive, so memory holds one batch however many rows there
 * are. The worksheet is the archive's last entry, written as it comes and closed by a ZIP data
 * descriptor; its header is written with the first batch that has rows (columns are `columns`, or the
 * keys of that batch). Past Excel's row limit it throws, having yielded part of a file: write to a
 * temporary name and rename on success.
 */
export async function* streamRowsToXlsx(
  batches: RowBatches,
  options: StreamRowsToXlsxOptions = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  const encoder = new TextEncoder()
  const zip = new ZipStreamWriter(options.modified ? { modified: options.modified } : {})
  for (const [name, xml] of workbookParts(options.sheetName)) yield zip.file(name, encoder.encode(xml))
  yield zip.open(SHEET_PART)
  let sheet: SheetWriter | undefined
  let check: ((batch: readonly ExportRow[]) => void) | undefined
  let rows = 0
  for await (const batch of batches) {
    if (batch.length === 0) continue
    let xml = ''
    if (sheet === undefined) {
      const layout = streamColumns(batch, options)
      sheet = sheetWriter(layout.columns, 'streamRowsToXlsx')
      check = layout.check
      xml = sheet.start()
    } else check?.(batch)
    if (rows + batch.length + 1 > EXCEL_MAX_ROWS) throw tooManyRows(rows + batch.length, 'streamRowsToXlsx')
    for (const row of batch) xml += sheet.row(row, ++rows + 1)
    yield zip.write(encoder.encode(xml))
  }
  if (sheet === undefined) {
    yield zip.write(
      encoder.encode(sheetWriter(streamColumns([], options).columns, 'streamRowsToXlsx').start()),
    )
  }
  yield zip.write(encoder.encode(SHEET_END))
  yield zip.close()
  yield zip.finish()
}
