import { extractRecords, type OperationDescriptor, type RecordBatchText } from '@halo/core'
import type { ListAnswer } from './answer-stopped.js'
import { PendingWrites } from './pending-writes.js'
import { readAnswerBatches } from './read-batches.js'
import type { CountingRequester } from './request-counter.js'
import { runPool } from './run-pool.js'

export type HaloRecord = Readonly<Record<string, unknown>>

/** What a paged read saw. */
export interface PagedRead {
  readonly fetched: number
  /**
   * False when the list moved under the read (Halo's `record_count` changed between pages, or fewer
   * or more records arrived than it said): some record may have shifted past a page boundary.
   */
  readonly consistent: boolean
}

export interface ReadPagesOptions {
  readonly requester: CountingRequester
  readonly operation: OperationDescriptor
  readonly listKey: string
  readonly query: Readonly<Record<string, unknown>>
  readonly pageSize: number
  readonly concurrency: number
  /** Called with each batch of a page's records as it arrives (pages may arrive out of order). */
  readonly onPage: (records: RecordBatchText) => Promise<void>
}

/** One page as Halo sent it: its records unparsed (JSON array texts) and its `record_count`. */
interface PageRead {
  /** The page's records in batches of about 64 KiB (see `streamRecordTexts`). */
  readonly batches: readonly RecordBatchText[]
  /** How many records the page held. */
  readonly count: number
  readonly recordCount: number | undefined
}

const NO_RECORDS: RecordBatchText = { json: '[]', count: 0 }

/**
 * A page's records, read as they arrive and kept as the text Halo sent (see `streamRecordTexts`),
 * its `record_count` handed to `onRecordCount` as soon as it is read. A page cut short fails saying
 * which page (`answerStopped`).
 */
async function readPage(
  body: ReadableStream<Uint8Array> | undefined,
  listKey: string,
  page: ListAnswer,
  onRecordCount?: (recordCount: number) => void,
): Promise<PageRead> {
  const batches: RecordBatchText[] = []
  const { count, recordCount } = await readAnswerBatches(
    body,
    listKey,
    page,
    (batch) => {
      batches.push(batch)
    },
    onRecordCount,
  )
  return { batches, count, recordCount }
}

/**
 * Reads a paged list in ceil(record_count / page size) requests: the first page says how many
 * records there are, and the other pages are requested as soon as it has (its `record_count` comes
 * before its records), as many at once as `concurrency` (the core's rate limiter still decides when
 * each goes out). Once its records are in, it also says what page size Halo applied: Halo caps some
 * lists below what was asked, and then more pages follow, each that size (the pages already asked
 * for are among them). Without `record_count`, pages are read one by one until a short one. Each
 * page's records are handed over as the JSON text Halo sent, unparsed.
 */
export async function readPages(options: ReadPagesOptions): Promise<PagedRead> {
  const { requester, operation, listKey, query, pageSize, onPage } = options
  /** Asks for a page: settles once its answer's headers are in, its body still to read. */
  const request = (pageNo: number) =>
    requester.stream(operation, { ...query, pageinate: true, page_size: pageSize, page_no: pageNo })
  const read = (
    pageNo: number,
    body: ReadableStream<Uint8Array> | undefined,
    onRecordCount?: (recordCount: number) => void,
  ) => readPage(body, listKey, { path: operation.path, pageNo }, onRecordCount)
  const page = async (pageNo: number) => read(pageNo, await request(pageNo))
  // An empty page is handed over too (as an empty batch): the caller reports progress per page.
  const handOver = async ({ batches }: PageRead) => {
    await Promise.all(batches.length === 0 ? [onPage(NO_RECORDS)] : batches.map(onPage))
  }

  // A page's write is not awaited before the next request goes out (the write of one page and the
  // wait for the next overlap).
  const writes = new PendingWrites()
  let announceCount: (recordCount: number | undefined) => void = () => {}
  const counted = new Promise<number | undefined>((resolve) => {
    announceCount = resolve
  })
  const firstRead = read(1, await request(1), announceCount)
  writes.add(firstRead.then(handOver))
  // The count as soon as the first page has said it, else (no `record_count`) once it has ended.
  const total = await Promise.race([counted, firstRead.then((first) => first.recordCount)]).catch(
    async (error: unknown) => {
      await writes.settled()
      throw error
    },
  )
  if (total === undefined) {
    const first = await firstRead
    await writes.drain()
    return readOneByOne(first, page, handOver)
  }

  const plan = { lastPage: Math.ceil(total / pageSize), nextPage: 2 }
  let served = 0
  let fetched = 0
  let consistent = true
  const firstDone = firstRead.then(
    (first) => {
      served = first.count
      fetched += first.count
      if (first.recordCount !== total) consistent = false
      // No records on the first page of a list Halo counts some in: the list moved, or the count is
      // not the list's. No more pages are asked for (the read is not consistent: ids are reconciled).
      if (served === 0) plan.lastPage = plan.nextPage - 1
      // Halo applied a smaller page size than asked: the list has more pages, each of that size.
      else if (served < pageSize && served < total) plan.lastPage = Math.ceil(total / served)
    },
    (error: unknown) => {
      // No more pages once the first has failed: the lanes end with the pages they hold.
      plan.lastPage = plan.nextPage - 1
      throw error
    },
  )
  const takePage = () => (plan.nextPage <= plan.lastPage ? plan.nextPage++ : undefined)
  const readOtherPages = () =>
    runPool(takePage, options.concurrency, async (pageNo) => {
      // Each of the `concurrency` lanes asks for its next page as soon as this one's headers are
      // in: reading the body (then writing it) goes on beside the next request instead of delaying
      // it. At most `concurrency` pages wait to be read or written (plus the one each lane just
      // added), so a slow store still holds the reading back.
      const body = await request(pageNo)
      writes.add(
        read(pageNo, body).then((next) => {
          if (next.recordCount !== total) consistent = false
          fetched += next.count
          return handOver(next)
        }),
      )
      await writes.atMost(options.concurrency)
    })
  await writes.during(async () => {
    // Both have ended before the read does: a failed first page stops the lanes taking pages, and a
    // failed lane stops them all.
    const [others, first] = await Promise.allSettled([readOtherPages(), firstDone])
    if (first.status === 'rejected') throw first.reason
    if (others.status === 'rejected') throw others.reason
    // Pages the first page's size added after every lane had run out of pages.
    if (plan.nextPage <= plan.lastPage) await readOtherPages()
  })
  // Records added while reading push the last ones onto pages past the count taken at the start.
  if (!consistent && served > 0) {
    for (let pageNo = plan.lastPage + 1; ; pageNo++) {
      const next = await page(pageNo)
      fetched += next.count
      await handOver(next)
      if (next.count < served) break
    }
  }
  if (fetched !== total) consistent = false
  return { fetched, consistent }
}

/**
 * The rest of a list whose first page sent no `record_count`: pages one by one until a short one
 * (the first page's size is the one Halo applied).
 */
async function readOneByOne(
  first: PageRead,
  page: (pageNo: number) => Promise<PageRead>,
  handOver: (page: PageRead) => Promise<void>,
): Promise<PagedRead> {
  const served = first.count
  if (served === 0) return { fetched: 0, consistent: true }
  let fetched = served
  for (let pageNo = 2; ; pageNo++) {
    const next = await page(pageNo)
    await handOver(next)
    fetched += next.count
    if (next.count < served) return { fetched, consistent: true }
  }
}

/** Reads a list that does not page (or asks Halo for everything at once): one request. */
export async function readUnpaged(
  requester: CountingRequester,
  operation: OperationDescriptor,
  listKey: string,
  query: Readonly<Record<string, unknown>>,
): Promise<HaloRecord[]> {
  const body = await requester.request(operation, query)
  return extractRecords(body, listKey).records as HaloRecord[]
}
