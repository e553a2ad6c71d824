import { type RecordBatchText, type StreamedListSummary, streamRecordTexts } from '@halo/core'
import { answerStopped, type ListAnswer } from './answer-stopped.js'

/** What reading one answer's records saw. */
export interface AnswerRead {
  /** Records read. */
  readonly count: number
  /** Halo's `record_count`, when the answer carried one. */
  readonly recordCount: number | undefined
}

/**
 * Reads one list answer's records as they arrive, in batches of about 64 KiB of the JSON text Halo
 * sent (see `streamRecordTexts`), handing each to `onBatch` before the next is read, and Halo's
 * `record_count` to `onRecordCount` as soon as it is read (before the records). A body that
 * stops part-way fails with `answerStopped`, saying which answer and how many records had arrived;
 * a failing `onBatch` stops the read there, and the rest of the body is not downloaded.
 */
export async function readAnswerBatches(
  body: ReadableStream<Uint8Array> | undefined,
  listKey: string,
  answer: ListAnswer,
  onBatch: (batch: RecordBatchText) => void | Promise<void>,
  onRecordCount?: (recordCount: number) => void,
): Promise<AnswerRead> {
  const batches = streamRecordTexts(body, listKey, { onRecordCount })
  let count = 0
  try {
    for (;;) {
      let next: IteratorResult<RecordBatchText, StreamedListSummary>
      try {
        next = await batches.next()
      } catch (error) {
        throw answerStopped(answer, count, error)
      }
      if (next.done === true) return { count, recordCount: next.value.recordCount }
      count += next.value.count
      await onBatch(next.value)
    }
  } finally {
    await batches.return({ recordCount: undefined })
  }
}
