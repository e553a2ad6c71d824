import type { PageRequest } from '../../src/list/create-halo-list.js'

export interface FakeRecord {
  readonly id: number
  readonly summary: string
}

export interface FakeListServerOptions {
  /** Records that exist. */
  readonly total: number
  /** Largest page the server honours, whatever is asked (Halo: 100; assets 50). */
  readonly cap: number
  /** `'bare'` answers arrays; otherwise the envelope key. Default `'tickets'`. */
  readonly shape?: 'bare' | 'tickets' | 'attachments-view'
  /** The `record_count` it claims. Default `total`. */
  readonly recordCount?: number
  /** It answers the first page whatever `page_no` says. */
  readonly ignoresPageNo?: boolean
}

/** A list endpoint that pages the way Halo does: `page_no` counts in the size it actually used. */
export function fakeListServer(options: FakeListServerOptions) {
  const requests: PageRequest[] = []
  const records: FakeRecord[] = Array.from({ length: options.total }, (_, i) => ({
    id: i + 1,
    summary: `record ${i + 1}`,
  }))
  const shape = options.shape ?? 'tickets'
  const recordCount = options.recordCount ?? options.total

  async function fetchPage(request: PageRequest): Promise<unknown> {
    requests.push(request)
    const size = Math.min(request.pageSize, options.cap)
    const pageNo = options.ignoresPageNo ? 1 : request.pageNo
    const page = records.slice((pageNo - 1) * size, pageNo * size)
    if (shape === 'bare') return page
    if (shape === 'tickets')
      return { page_no: request.pageNo, page_size: size, record_count: recordCount, tickets: page }
    return {
      type: 0,
      unique_id: 0,
      ticket_id: 1,
      action_id: 0,
      record_count: recordCount,
      page_no: request.pageNo,
      page_size: size,
      attachments: page,
      folders: [{ id: 900, name: 'sidecar' }],
    }
  }

  return { fetchPage, requests, records }
}
