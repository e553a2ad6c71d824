import type { OperationDescriptor, RecordBatchText } from '@halo/core'
import { PendingWrites } from './pending-writes.js'
import { readAnswerBatches } from './read-batches.js'
import type { CountingRequester } from './request-counter.js'

export interface ReadStreamedOptions {
  readonly requester: CountingRequester
  readonly operation: OperationDescriptor
  readonly listKey: string
  readonly query: Readonly<Record<string, unknown>>
  /** Batches waiting to be written at most; reading pauses (and the connection with it) beyond. */
  readonly concurrency: number
  /** Called with each batch of records (as the JSON text Halo sent, unparsed), in the answer's order. */
  readonly onBatch: (records: RecordBatchText) => Promise<void>
}

/** Lets the event loop take what waits (other requests' answers) before the next batch is read. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Reads a list that comes whole in one answer (every action of every ticket can be hundreds of MB)
 * as it arrives: each batch is handed over while the next is on its way, so the body is never held
 * whole, and other answers are taken in between: once the answer's bytes are buffered, reading
 * them goes from batch to batch without returning to the event loop (each step settles at once),
 * so the read yields to it after every batch, and the pages other lanes wait for are not held
 * back behind tens of MB. Answers how many records were read.
 *
 * An answer cut short (or not JSON) throws after the batches before the fault were handed over,
 * saying how far it got; one that stops arriving fails with the core's `HaloTimeoutError` once a
 * read has waited its `timeoutMs`. Either way the caller's mark has not moved, so the next run
 * reads it all again.
 */
export async function readStreamed(options: ReadStreamedOptions): Promise<number> {
  const { requester, operation, listKey, query, onBatch } = options
  const body = await requester.stream(operation, query)
  const writes = new PendingWrites()
  let read = 0
  await writes.during(async () => {
    const answer = await readAnswerBatches(body, listKey, { path: operation.path }, async (batch) => {
      writes.add(onBatch(batch))
      await writes.atMost(options.concurrency)
      await yieldToEventLoop()
    })
    read = answer.count
  })
  return read
}
