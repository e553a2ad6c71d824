import { extractRecords, type HaloCore, type OperationDescriptor, type OperationParams } from '@halo/core'

/** One page of records, however the list is served. */
export interface RecordPage {
  readonly records: unknown[]
  /** 1-based. */
  readonly page: number
  readonly pageSize: number
  /** Records across every page, when Halo says (or when the whole list came at once). */
  readonly total: number | undefined
  /** True when a later page has records. */
  readonly hasMore: boolean
}

/** Largest page a tool asks for: a page is for reading, not exporting. */
export const MAX_TOOL_PAGE_SIZE = 100

/**
 * Fetches one page of a list operation in one request. Halo pages lists that take `pageinate`
 * (`page_no`, `page_size`, and `record_count` for the total); the others answer every record at
 * once, and the page is cut from that answer here, so paging works the same for both.
 */
export async function fetchPage(
  core: HaloCore,
  descriptor: OperationDescriptor,
  params: OperationParams,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<RecordPage> {
  const options = signal === undefined ? {} : { signal }
  if (descriptor.paged) {
    const size = Math.min(pageSize, descriptor.maxPageSize ?? MAX_TOOL_PAGE_SIZE)
    const body = await core.request(
      descriptor,
      { ...params, pageinate: true, page_no: page, page_size: size },
      options,
    )
    const { records, recordCount } = extractRecords(body, descriptor.listKey)
    const hasMore = recordCount === undefined ? records.length >= size : page * size < recordCount
    return { records, page, pageSize: size, total: recordCount, hasMore }
  }
  const body = await core.request(descriptor, params, options)
  const { records } = extractRecords(body, descriptor.listKey)
  const start = (page - 1) * pageSize
  return {
    records: records.slice(start, start + pageSize),
    page,
    pageSize,
    total: records.length,
    hasMore: start + pageSize < records.length,
  }
}
