// A store's promise that it takes a batch of records as the JSON text Halo sent them in (one array,
// unparsed) in place of parsed records. The SQLite store hands that text to its worker thread, which
// parses it there: the thread reading Halo's answers then never parses (nor serialises again) the
// records it mirrors. Any other store is given parsed records.
import type { RecordBatchText } from '@halo/core'
import type { MirrorChange, SyncStore } from './sync-store.js'

export const TAKES_JSON_BATCHES: unique symbol = Symbol('@halo/sync: takes records as JSON batch texts')

/** A change whose records come as one JSON array text (in place of `upsert`). */
export interface JsonBatchChange extends MirrorChange {
  readonly upsertJson: RecordBatchText
}

export function takesJsonBatches(store: SyncStore): boolean {
  return (store as { readonly [TAKES_JSON_BATCHES]?: boolean })[TAKES_JSON_BATCHES] === true
}

export function isJsonBatchChange(change: MirrorChange): change is JsonBatchChange {
  return (change as Partial<JsonBatchChange>).upsertJson !== undefined
}

/**
 * The records of a batch text; a text that does not parse says which table's batch it was, worded
 * as core's `parseAnswerJson` words it. Not that function itself: this file runs in the SQLite
 * store's worker thread too, and importing `@halo/core` there added about 60 ms to the worker's
 * start, which a sync waits for before its first request.
 */
export function parseJsonBatch(json: string, table: string): Readonly<Record<string, unknown>>[] {
  try {
    return JSON.parse(json) as Readonly<Record<string, unknown>>[]
  } catch (error) {
    throw new TypeError(
      `@halo/sync: a batch of ${table} records from Halo is not valid JSON (${(error as Error).message}); the answer may have been cut`,
    )
  }
}
