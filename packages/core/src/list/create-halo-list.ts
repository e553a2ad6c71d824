import { AwaitableHaloList } from './awaitable-halo-list.js'
import { extractRecords } from './extract-records.js'
import type { HaloList, HaloPage } from './halo-list.js'
import { pageIdentity } from './page-identity.js'
import { PagesAhead } from './pages-ahead.js'

/** What the list asks its fetcher for: one page, 1-based. */
export interface PageRequest {
  readonly pageNo: number
  readonly pageSize: number
  readonly signal?: AbortSignal | undefined
}

/** The records fetched disagree with Halo's `record_count`, or paging went wrong. */
export interface PageMismatch {
  /** Halo's last `record_count`; when Halo sent none (a repeated page), the records received. */
  readonly recordCount: number
  /** Records received from the server (before any `limit` trimming; none is reported then). */
  readonly fetched: number
  readonly reason: string
}

export interface HaloListOptions {
  /** False for endpoints that do not page: one request, no `page_no`. */
  readonly paged: boolean
  /** Envelope key of the records; found automatically when omitted. */
  readonly listKey?: string | undefined
  /** Page size to ask for (the server may honour less; paging follows what it does). */
  readonly pageSize: number
  /** Stop after this many records in total. */
  readonly limit?: number | undefined
  /** First page number to request. Default 1. */
  readonly startPage?: number | undefined
  readonly signal?: AbortSignal | undefined
  /**
   * Pages that may be requested before the consumer reaches them, once Halo's `record_count` says
   * how many there are (each page is one request in flight and, until read, one page in memory).
   * Default 1: each page is requested when the previous one has been used up.
   */
  readonly pagesAhead?: number | undefined
  /** Told when the records fetched disagree with `record_count` (the caller warns or throws). */
  readonly onMismatch: (mismatch: PageMismatch) => void
}

/**
 * A lazy description of a list: nothing is fetched until it is awaited or iterated.
 *
 * - `await list` / `toArray()` collect every record once and keep that promise, as a promise
 *   would: awaiting the same list twice answers the same array without fetching again;
 * - each `for await` and each `pages()` call is a fresh traversal from the first page. With
 *   `pagesAhead` above 1, once a page's `record_count` says how many pages remain, up to that many
 *   following pages are requested together (never beyond the list or `limit`) and handed over in
 *   order; a consumer that stops early has those requests aborted. Without `record_count` (bare
 *   arrays), or with `pagesAhead` 1, a page is fetched only when the previous one has been used up.
 */
export function createHaloList<T>(
  fetchPage: (request: PageRequest) => Promise<unknown>,
  options: HaloListOptions,
): HaloList<T> {
  return new LazyHaloList<T>(fetchPage, options)
}

class LazyHaloList<T> extends AwaitableHaloList<T> {
  readonly #fetchPage: (request: PageRequest) => Promise<unknown>
  readonly #options: HaloListOptions

  constructor(fetchPage: (request: PageRequest) => Promise<unknown>, options: HaloListOptions) {
    super()
    this.#fetchPage = fetchPage
    this.#options = options
  }

  pages(): AsyncIterableIterator<HaloPage<T>> {
    return traversePages<T>(this.#fetchPage, this.#options)
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    const { signal } = this.#options
    for await (const page of this.pages()) {
      for (const record of page.records) {
        // Honour an abort between records too, not only at the next page request.
        signal?.throwIfAborted()
        yield record
      }
    }
  }

  protected async collect(): Promise<T[]> {
    const records: T[] = []
    for await (const page of this.pages()) {
      for (const record of page.records) records.push(record)
    }
    return records
  }
}

/**
 * Requests pages one after another and decides when the list is over.
 *
 * Halo caps page sizes below what may be asked (assets at 50 when asked for 100) and then numbers
 * pages by the size it actually used, so "a page shorter than asked" proves nothing. The list ends
 * at the first of: an empty page; as many records as `record_count` when Halo sends it; without
 * `record_count`, a page shorter than the first one (the server's real page size); `limit`
 * reached; the same page answered twice (the server ignored `page_no`).
 */
async function* traversePages<T>(
  fetchPage: (request: PageRequest) => Promise<unknown>,
  options: HaloListOptions,
): AsyncGenerator<HaloPage<T>, void, undefined> {
  const { paged, listKey, signal, onMismatch } = options
  const limit = options.limit === Number.POSITIVE_INFINITY ? undefined : options.limit
  const startPage = options.startPage ?? 1
  const pagesAhead = options.pagesAhead ?? 1
  checkWholeNumber('pageSize', options.pageSize, 1)
  checkWholeNumber('startPage', startPage, 1)
  checkWholeNumber('pagesAhead', pagesAhead, 1)
  if (limit !== undefined) checkWholeNumber('limit', limit, 0)
  if (limit === 0) return

  // Asking for no more than the limit saves transferring records that would be trimmed. Only from
  // page 1: a later start page's position depends on the page size.
  const pageSize =
    limit !== undefined && limit < options.pageSize && startPage === 1 ? limit : options.pageSize
  const request = (pageNo: number): Promise<unknown> => {
    signal?.throwIfAborted()
    return fetchPage(signal === undefined ? { pageNo, pageSize } : { pageNo, pageSize, signal })
  }
  const keep = (records: unknown[], alreadyKept: number): T[] => keepWithin<T>(records, limit, alreadyKept)

  if (!paged) {
    const { records, recordCount } = extractRecords(await request(1), listKey)
    const kept = keep(records, 0)
    yield { records: kept, recordCount, pageNo: 1, pageSize }
    const stoppedByLimit = limit !== undefined && kept.length >= limit
    if (recordCount !== undefined && records.length !== recordCount && !stoppedByLimit) {
      onMismatch({
        recordCount,
        fetched: records.length,
        reason: `Halo reported record_count ${recordCount} but answered ${records.length} records (this list does not page)`,
      })
    }
    return
  }

  const ahead = new PagesAhead(
    (pageNo, pageSignal) =>
      fetchPage(pageSignal === undefined ? { pageNo, pageSize } : { pageNo, pageSize, signal: pageSignal }),
    pagesAhead,
    signal,
  )
  try {
    yield* followPages<T>(ahead, { ...options, limit, startPage, pageSize })
  } finally {
    ahead.close()
  }
}

/** The paging loop of `traversePages`, reading its pages from `ahead`. */
async function* followPages<T>(
  ahead: PagesAhead,
  options: HaloListOptions & { readonly startPage: number; readonly limit: number | undefined },
): AsyncGenerator<HaloPage<T>, void, undefined> {
  const { listKey, onMismatch, limit, startPage, pageSize } = options
  const keep = (records: unknown[], alreadyKept: number): T[] => keepWithin<T>(records, limit, alreadyKept)
  let pageNo = startPage
  let received = 0
  let kept = 0
  let firstPageLength: number | undefined
  let lastRecordCount: number | undefined
  let previousIdentity: string | undefined
  // Before a later start page lie records this traversal never sees; their number is only known
  // once the server's real page size is, so a record_count shortfall is not reported then.
  const countsFromStart = startPage === 1

  for (;;) {
    const { records, recordCount } = extractRecords(await ahead.take(pageNo), listKey)
    if (recordCount !== undefined) lastRecordCount = recordCount

    if (records.length === 0) {
      if (lastRecordCount !== undefined && received !== lastRecordCount && countsFromStart) {
        onMismatch({
          recordCount: lastRecordCount,
          fetched: received,
          reason: `Halo reported record_count ${lastRecordCount} but page ${pageNo} was empty after ${received} records`,
        })
      }
      return
    }

    const identity = pageIdentity(records)
    if (identity === previousIdentity) {
      onMismatch({
        recordCount: lastRecordCount ?? received,
        fetched: received,
        reason: `page ${pageNo} repeated page ${pageNo - 1} (the server seems to ignore page_no); stopped after ${received} records${lastRecordCount === undefined ? '' : ` of record_count ${lastRecordCount}`}`,
      })
      return
    }
    previousIdentity = identity
    received += records.length
    firstPageLength ??= records.length

    const page = keep(records, kept)
    kept += page.length
    const before = countsFromStart ? 0 : (startPage - 1) * firstPageLength
    // Pages are numbered in the server's real page size, the length of the first page: a later
    // start page that came back short may be the last page rather than a full one, so its length
    // says nothing about the size and nothing is requested ahead from it.
    const pageSizeKnown = countsFromStart || firstPageLength === pageSize
    if (recordCount !== undefined && pageSizeKnown) {
      ahead.requestUpTo(
        pageNo + 1,
        lastPageNeeded(pageNo, firstPageLength, recordCount - before - received, limit, kept),
      )
    }
    yield { records: page, recordCount, pageNo, pageSize }

    if (limit !== undefined && kept >= limit) return
    if (recordCount !== undefined) {
      if (before + received >= recordCount) {
        if (before + received > recordCount && countsFromStart) {
          onMismatch({
            recordCount,
            fetched: received,
            reason: `Halo reported record_count ${recordCount} but ${received} records arrived (records changed while paging?)`,
          })
        }
        return
      }
    } else if (records.length < firstPageLength) {
      return
    }
    pageNo++
  }
}

/** The records of a page that still fit under `limit`, `alreadyKept` having been kept before it. */
function keepWithin<T>(records: unknown[], limit: number | undefined, alreadyKept: number): T[] {
  const room = limit === undefined ? records.length : limit - alreadyKept
  return (records.length <= room ? records : records.slice(0, room)) as T[]
}

/**
 * The last page worth requesting after `pageNo`: enough pages of `pageLength` for the records
 * `record_count` says remain, and no more than `limit` still needs.
 */
function lastPageNeeded(
  pageNo: number,
  pageLength: number,
  remaining: number,
  limit: number | undefined,
  kept: number,
): number {
  const wanted = limit === undefined ? remaining : Math.min(remaining, limit - kept)
  return pageNo + Math.ceil(Math.max(0, wanted) / pageLength)
}

function checkWholeNumber(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number of at least ${min} (got ${value})`)
  }
}
