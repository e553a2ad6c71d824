import { ListSplitter } from './list-splitter.js'

/** Options of `streamRecords`. */
export interface StreamRecordsOptions {
  /** About how many bytes of records each batch holds (a batch always ends between two records). Default 512 KiB. */
  readonly batchBytes?: number | undefined
}

const DEFAULT_BATCH_BYTES = 512 * 1024

/**
 * Reads a list answer as its body arrives and yields its records in batches, holding about one
 * batch at a time instead of the whole body. For a list Halo sends in one answer (the cross-ticket
 * `/Actions` search sends every action at once): such an answer can be larger than
 * `maxResponseBytes`, and parsing it whole holds the thread for as long as it takes.
 *
 * The records are those `extractRecords(body, listKey)` would find: the array under `listKey` (or a
 * bare array) is streamed; an answer of any other shape is read whole and given to `extractRecords`.
 * A body that is not JSON, or ends in the middle of it, throws a `TypeError` (after the batches
 * before the fault were yielded). Leaving the loop early cancels the body.
 *
 * @example
 * ```ts
 * const body = await core.get<ReadableStream<Uint8Array>>('/Actions', { query, responseType: 'stream' })
 * for await (const actions of streamRecords(body, 'actions')) await save(actions)
 * ```
 */
export async function* streamRecords(
  body: ReadableStream<Uint8Array> | null | undefined,
  listKey: string,
  options: StreamRecordsOptions = {},
): AsyncGenerator<unknown[], void, undefined> {
  if (body === null || body === undefined) return
  const batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES
  if (!Number.isFinite(batchBytes) || batchBytes <= 0)
    throw new TypeError(`batchBytes must be > 0, got ${batchBytes}`)
  const splitter = new ListSplitter(listKey, batchBytes)
  const reader = body.getReader()
  let finished = false
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      yield* splitter.push(value)
    }
    finished = true
    yield* splitter.end()
  } finally {
    // A loop left early (or a fault) stops the download; a finished body needs nothing.
    if (!finished) await reader.cancel().catch(() => {})
  }
}
