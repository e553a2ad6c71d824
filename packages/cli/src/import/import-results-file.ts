import { open, readFile } from 'node:fs/promises'
import { parseCsv, writeCsv } from '@halo/tickets'
import { writeFileAtomic } from '../files/atomic-file-writer.js'
import type { InterruptGuard } from '../runtime/interrupt-guard.js'

/** The state of one line of an import file, as the results file records it. */
export type ImportLineStatus = 'pending' | 'created' | 'failed' | 'invalid'

export interface ImportResultRow {
  readonly line: number
  readonly status: ImportLineStatus
  readonly id?: number | string | undefined
  readonly error?: string | undefined
}

export const RESULTS_HEADER = ['line', 'status', 'id', 'error'] as const

/**
 * The last recorded status of each line of an earlier run (later rows win: a line is written `pending`
 * before its chunk is sent and `created` or `failed` once Halo answers). A missing file is no history.
 */
export async function readImportResults(path: string): Promise<Map<number, ImportResultRow>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map()
    throw error
  }
  const byLine = new Map<number, ImportResultRow>()
  const [header, ...records] = parseCsv(text)
  if (header?.cells[0] !== 'line') return byLine
  for (const record of records) {
    const [lineText = '', status = '', id = '', error = ''] = record.cells
    const line = Number(lineText)
    if (!Number.isInteger(line)) continue
    byLine.set(line, {
      line,
      status: status as ImportLineStatus,
      id: id === '' ? undefined : id,
      error: error === '' ? undefined : error,
    })
  }
  return byLine
}

/**
 * Appends result rows and flushes them to disk before answering, so what the file says survives a
 * crash right after (the `pending` rows are the write-ahead record of a chunk about to be sent).
 */
export class ImportResultsWriter {
  constructor(readonly path: string) {}

  async start(): Promise<void> {
    const handle = await open(this.path, 'a')
    try {
      if ((await handle.stat()).size === 0)
        await handle.writeFile(writeCsv([RESULTS_HEADER], { newline: '\n' }))
    } finally {
      await handle.close()
    }
  }

  async append(rows: readonly ImportResultRow[]): Promise<void> {
    if (rows.length === 0) return
    const text = writeCsv(
      rows.map((row) => [row.line, row.status, row.id, row.error]),
      { newline: '\n' },
    )
    const handle = await open(this.path, 'a')
    try {
      await handle.writeFile(text)
      await handle.sync()
    } finally {
      await handle.close()
    }
  }

  /** Rewrites the file (atomically) with the last status of each line, in line order. */
  async compact(interrupt?: InterruptGuard): Promise<void> {
    const rows = [...(await readImportResults(this.path)).values()].sort((a, b) => a.line - b.line)
    const text = writeCsv([RESULTS_HEADER, ...rows.map((row) => [row.line, row.status, row.id, row.error])], {
      newline: '\n',
    })
    await writeFileAtomic(this.path, text, { interrupt })
  }
}
