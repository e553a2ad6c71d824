import { type ExportColumn, type ExportRow, type ResolvedColumn, resolveColumns } from './export-columns.js'

/** Rows a batch at a time, such as the pages of a `HaloList` (`for await (const page of list.pages())`). */
export type RowBatches = AsyncIterable<readonly ExportRow[]> | Iterable<readonly ExportRow[]>

export interface StreamColumnsOptions {
  /** Columns and their order; default every key of the first batch with rows, in the order first seen. */
  columns?: readonly ExportColumn[] | undefined
  /**
   * Called once per key first met after the header was written (so not in the file). Records of one
   * Halo list need not share one shape (a field may first appear on a later page): pass `columns` to
   * choose them up front, or collect the keys in a first pass (`halo export` spools the records to
   * disk while it does) and pass them as `columns`.
   */
  onUnwrittenKey?: ((key: string) => void) | undefined
}

/**
 * The columns of a streamed export, fixed by the first batch that has rows (a streamed header cannot
 * wait for the last row), and a check that reports keys met later.
 */
export function streamColumns(
  firstBatch: readonly ExportRow[],
  options: StreamColumnsOptions,
): { columns: ResolvedColumn[]; check: (batch: readonly ExportRow[]) => void } {
  const columns = resolveColumns(firstBatch, options.columns)
  const known = new Set(columns.map((column) => column.key))
  const onUnwrittenKey = options.onUnwrittenKey
  return {
    columns,
    check(batch) {
      if (!onUnwrittenKey) return
      for (const row of batch) {
        for (const key of Object.keys(row)) {
          if (known.has(key)) continue
          known.add(key)
          onUnwrittenKey(key)
        }
      }
    },
  }
}
