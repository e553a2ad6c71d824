import { HaloPaginationError } from '../errors/halo-pagination-error.js'
import { createHaloList, type PageMismatch } from '../list/create-halo-list.js'
import { extractRecords } from '../list/extract-records.js'
import type { HaloList } from '../list/halo-list.js'
import type { OperationDescriptor } from '../operation/descriptor.js'
import type { RequestOptions } from '../options/request-options.js'
import type { ResolvedOptions } from '../options/resolve-options.js'
import type { CompleteLogger } from '../redaction/redacting-logger.js'
import type { SendApiCall } from '../transport/api-caller.js'
import type { ValidateResponse } from './response-validator.js'

/** Largest page size asked for when an operation does not say (Halo documents 100 for tickets). */
const DEFAULT_MAX_PAGE_SIZE = 100
/** Paging parameters the list sets itself; a caller's `page_size` / `page_no` are read, then replaced. */
const PAGING_PARAMS = ['pageinate', 'page_no', 'page_size'] as const
/**
 * Most pages a list requests ahead of its reader: as many as the client sends at once, up to this
 * (each unread page is held in memory; beyond a few, the rate limit and not the latency binds).
 */
const MAX_PAGES_AHEAD = 8

function positiveWholeNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined
}

/** One list to page: where, with what, and how its pages are shaped. */
export interface PagedListRequest {
  readonly what: string
  readonly path: () => string
  readonly query: Readonly<Record<string, unknown>>
  readonly paged: boolean
  readonly listKey: string | undefined
  readonly maxPageSize: number | undefined
  readonly limit: number | undefined
  readonly options: RequestOptions | undefined
  readonly operation?: OperationDescriptor | undefined
}

/**
 * Builds the lists of one client: each page is one API call (validated when validation is on); page
 * totals that disagree throw under `validate: 'strict'` and are logged otherwise.
 */
export function createPagedLists(
  resolved: ResolvedOptions,
  send: SendApiCall,
  validate: ValidateResponse,
  logger: CompleteLogger,
): <T>(request: PagedListRequest) => HaloList<T> {
  function mismatchHandler(what: string): (mismatch: PageMismatch) => void {
    return (mismatch) => {
      const message = `${what}: ${mismatch.reason}`
      if (resolved.validate === 'strict') {
        throw new HaloPaginationError(
          `${message}. The list may be incomplete or hold duplicates; records may have changed while paging.`,
          { recordCount: mismatch.recordCount, fetched: mismatch.fetched },
        )
      }
      logger.warn(message, { recordCount: mismatch.recordCount, fetched: mismatch.fetched })
    }
  }

  return <T>(config: PagedListRequest): HaloList<T> => {
    const maxPageSize = config.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE
    const query: Record<string, unknown> = { ...config.query }
    const askedSize = positiveWholeNumber(query.page_size)
    const startPage = positiveWholeNumber(query.page_no)
    for (const name of PAGING_PARAMS) delete query[name]
    const signal = config.options?.signal
    return createHaloList<T>(
      async (page) => {
        const pageQuery = config.paged
          ? { ...query, pageinate: true, page_no: page.pageNo, page_size: page.pageSize }
          : query
        const { status, data } = await send({
          method: 'GET',
          path: config.path(),
          query: pageQuery,
          options: page.signal === undefined ? config.options : { ...config.options, signal: page.signal },
          operation: config.operation?.name,
        })
        if (config.operation !== undefined && resolved.validate !== 'off') {
          await validate(
            config.operation,
            extractRecords(data, config.listKey).records,
            status,
            config.path(),
          )
        }
        return data
      },
      {
        paged: config.paged,
        ...(config.listKey === undefined ? {} : { listKey: config.listKey }),
        pageSize: Math.min(askedSize ?? maxPageSize, maxPageSize),
        ...(config.limit === undefined ? {} : { limit: config.limit }),
        ...(startPage === undefined ? {} : { startPage }),
        ...(signal === undefined ? {} : { signal }),
        pagesAhead: Math.min(resolved.maxConcurrency, MAX_PAGES_AHEAD),
        onMismatch: mismatchHandler(config.what),
      },
    )
  }
}
