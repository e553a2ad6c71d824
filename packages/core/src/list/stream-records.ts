import { startsAsHtml } from '../transport/html-start.js'
import { htmlPageErrorIn } from '../transport/streamed-body-origin.js'
import { readBodyStart } from './body-start.js'
import { type ListAnswerEnd, ListSplitter, type RecordBatchText } from './list-splitter.js'
import { parseAnswerJson } from './parse-answer-json.js'

export type { RecordBatchText } from './list-splitter.js'

/** Options of `streamRecords` and `streamRecordTexts`. */
export interface StreamRecordsOptions {
  /**
   * About how many bytes of records each batch holds (a batch always ends between two records).
   * Default 64 KiB: a batch's text then stays below V8's large-object size (128 KiB), above which
   * allocating a string costs many times more (decoding 53 MB in 512 KiB batches took about 30x the
   * CPU of 64 KiB ones), and so does copying it to a worker thread.
   */
  readonly batchBytes?: number | undefined
  /**
   * Called once with the answer's `record_count`, as soon as it is read: before the records when the
   * answer sends it first, as Halo does (a reader paging through a list can ask for the other pages
   * while this one's records still arrive), else once the body has ended. Not called for an answer
   * without one.
   */
  readonly onRecordCount?: ((recordCount: number) => void) | undefined
}

/** What `streamRecordTexts` returns once the body has ended: Halo's `record_count`, when it sent one. */
export interface StreamedListSummary {
  readonly recordCount: number | undefined
}

const DEFAULT_BATCH_BYTES = 64 * 1024

/**
 * Reads a list answer as its body arrives and yields its records in batches, each the text of a
 * JSON array with its record count, unparsed: for handing records on (to a worker thread, a file, a
 * database) without parsing them on this thread. The generator's return value carries the answer's
 * `record_count`. See `streamRecords` for the shapes read and the errors thrown.
 */
export async function* streamRecordTexts(
  body: ReadableStream<Uint8Array> | null | undefined,
  listKey: string,
  options: StreamRecordsOptions = {},
): AsyncGenerator<RecordBatchText, StreamedListSummary, undefined> {
  if (body === null || body === undefined) return { recordCount: undefined }
  const batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES
  if (!(batchBytes > 0)) throw new TypeError(`batchBytes must be > 0, got ${batchBytes}`)
  const splitter = new ListSplitter(listKey, batchBytes)
  const counted = recordCountReporter(options.onRecordCount)
  /** The batches a chunk completes; the count is told as soon as the splitter has read it. */
  const push = (chunk: Uint8Array): RecordBatchText[] => {
    const batches = splitter.push(chunk)
    counted(splitter.leadingRecordCount)
    return batches
  }
  const reader = body.getReader()
  let end: ListAnswerEnd | undefined
  try {
    const start = await readBodyStart(reader)
    if (startsAsHtml(start.text)) throw htmlPageErrorIn(body, start.text)
    for (const chunk of start.chunks) yield* push(chunk)
    let ended = start.ended
    while (!ended) {
      const { done, value } = await reader.read()
      if (done) ended = true
      else yield* push(value)
    }
    end = splitter.end()
  } finally {
    // A loop left early (or a fault) stops the download; a finished body needs nothing.
    if (end === undefined) await reader.cancel().catch(() => {})
  }
  counted(end.recordCount)
  yield* end.batches
  return { recordCount: end.recordCount }
}

/** Passes the first count it is given (not `undefined`) to `onRecordCount`, once. */
function recordCountReporter(
  onRecordCount: ((recordCount: number) => void) | undefined,
): (recordCount: number | undefined) => void {
  let reported = onRecordCount === undefined
  return (recordCount) => {
    if (reported || recordCount === undefined) return
    reported = true
    onRecordCount?.(recordCount)
  }
}

/**
 * Reads a list answer as its body arrives and yields its records in batches, holding about one
 * batch at a time instead of the whole body. For a list Halo sends in one answer (the cross-ticket
 * `/Actions` search sends every action at once): such an answer can be larger than
 * `maxResponseBytes`, and parsing it whole holds the thread for as long as it takes.
 *
 * The records are those `extractRecords(body, listKey)` would find: the array under `listKey` (or a
 * bare array) is streamed; an answer of any other shape is read whole and given to `extractRecords`.
 * An HTML page where the list was due (a login page, a proxy in front of /api, a wrong baseUrl),
 * told by its first bytes, throws `HaloUnexpectedResponseError` saying to check `baseUrl`; for a
 * body from the core (`responseType: 'stream'`) it names the request and its status, as the core's
 * error for a page it reads itself does. Any other body that is not JSON, or ends in the middle of
 * it, throws a `TypeError` (after the batches before the fault were yielded). Leaving the loop
 * early cancels the body. A body from the core (`responseType: 'stream'`) that stops arriving fails
 * the loop with the core's `HaloTimeoutError` once a read has waited the call's `timeoutMs`.
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
  for await (const batch of streamRecordTexts(body, listKey, options)) {
    yield parseAnswerJson(batch.json, 'a part of the list answer') as unknown[]
  }
}
