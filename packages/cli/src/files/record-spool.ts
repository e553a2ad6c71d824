import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import type { InterruptGuard } from '../runtime/interrupt-guard.js'
import { temporaryPathBeside } from './atomic-file-writer.js'
import { openFileAppender } from './file-appender.js'

type SpooledRecord = Readonly<Record<string, unknown>>

/**
 * Records parked on disk as NDJSON while a list is read, so that a file whose header must name every
 * column (CSV, Excel) can be written once the last page is in, without holding the records in memory.
 */
export interface RecordSpool {
  /** The temporary NDJSON file. */
  readonly path: string
  /** Every key met so far, in the order first seen: the export's columns. */
  readonly keys: readonly string[]
  /** Records appended so far. */
  readonly count: number
  /** Appends records (one JSON line each) and notes their keys. */
  append(records: readonly SpooledRecord[]): Promise<void>
  /** Reads the records back in order, `size` at a time (closing the file for writing first). */
  batches(size: number): AsyncGenerator<SpooledRecord[], void, undefined>
  /** Deletes the file; safe to call more than once. */
  remove(): Promise<void>
}

/**
 * A spool beside `besidePath` (the export's destination, so it needs no other disk), registered with
 * the interrupt guard so Ctrl-C or a crash deletes it like the export's own temporary file.
 */
export function createRecordSpool(besidePath: string, interrupt?: InterruptGuard): RecordSpool {
  const path = temporaryPathBeside(besidePath, '.spool.ndjson')
  interrupt?.trackTemporaryFile(path)
  const file = openFileAppender(path, 0o600)
  const keys = new Set<string>()
  let count = 0
  return {
    path,
    get keys() {
      return [...keys]
    },
    get count() {
      return count
    },
    async append(records) {
      let lines = ''
      for (const record of records) {
        for (const key of Object.keys(record)) keys.add(key)
        lines += `${JSON.stringify(record)}\n`
      }
      count += records.length
      await file.write(lines)
    },
    async *batches(size) {
      await file.close()
      const input = createReadStream(path)
      const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
      let batch: SpooledRecord[] = []
      try {
        for await (const line of lines) {
          // JSON escapes line breaks inside strings, so each line is one whole record.
          batch.push(JSON.parse(line) as SpooledRecord)
          if (batch.length < size) continue
          yield batch
          batch = []
        }
        if (batch.length > 0) yield batch
      } finally {
        lines.close()
        input.destroy()
      }
    },
    async remove() {
      await file.close().catch(() => undefined)
      await rm(path, { force: true })
      interrupt?.untrackTemporaryFile(path)
    },
  }
}
