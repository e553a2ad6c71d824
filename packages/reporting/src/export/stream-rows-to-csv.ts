import { CSV_BYTE_ORDER_MARK } from '@halo/core/csv'
import { type CsvRowEncoder, csvRowEncoder } from './csv-row-encoder.js'
import type { ExportRow } from './export-columns.js'
import type { RowsToCsvOptions } from './rows-to-csv.js'
import { type RowBatches, type StreamColumnsOptions, streamColumns } from './stream-columns.js'

export interface StreamRowsToCsvOptions extends RowsToCsvOptions, StreamColumnsOptions {}

/**
 * CSV text a batch at a time: the same lines as `rowsToCsv`, yielded as each batch arrives, so memory
 * holds one batch however many rows there are. The header is written with the first batch that has
 * rows: its columns are `columns`, or the keys of that batch.
 *
 * @example
 * ```ts
 * async function* pages() {
 *   for await (const page of halo.tickets.list().pages()) yield page.records
 * }
 * for await (const text of streamRowsToCsv(pages())) await write(text)
 * ```
 */
export async function* streamRowsToCsv(
  batches: RowBatches,
  options: StreamRowsToCsvOptions = {},
): AsyncGenerator<string, void, undefined> {
  const bom = options.bom ? CSV_BYTE_ORDER_MARK : ''
  let encoder: CsvRowEncoder | undefined
  let check: ((batch: readonly ExportRow[]) => void) | undefined
  for await (const batch of batches) {
    if (batch.length === 0) continue
    let text = ''
    if (encoder === undefined) {
      const layout = streamColumns(batch, options)
      encoder = csvRowEncoder(layout.columns, options, 'streamRowsToCsv')
      check = layout.check
      text = bom + encoder.header
    } else check?.(batch)
    for (const row of batch) text += encoder.row(row)
    yield text
  }
  // No rows: the header alone (of the given columns, or none), as `rowsToCsv([])` writes.
  if (encoder === undefined) yield bom + csvRowEncoder(streamColumns([], options).columns, options).header
}
