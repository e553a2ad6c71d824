import { describe, expect, it, vi } from 'vitest'
import { createHaloList, type PageMismatch, type PageRequest } from '../../src/list/create-halo-list.js'
import { type FakeListServerOptions, type FakeRecord, fakeListServer } from './fake-list-server.js'

function list(
  server: FakeListServerOptions,
  options: { limit?: number; startPage?: number; signal?: AbortSignal } = {},
) {
  const fake = fakeListServer(server)
  const mismatches: PageMismatch[] = []
  const haloList = createHaloList<FakeRecord>(fake.fetchPage, {
    paged: true,
    pageSize: 100,
    onMismatch: (mismatch) => mismatches.push(mismatch),
    ...options,
  })
  return { ...fake, list: haloList, mismatches }
}

const ids = (records: readonly FakeRecord[]) => records.map((record) => record.id)
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1)
const pageNos = (requests: readonly PageRequest[]) => requests.map((request) => request.pageNo)

describe('createHaloList', () => {
  describe('collects every record exactly once, in order', () => {
    it.each([
      { cap: 100, shape: 'tickets', pages: 8 },
      { cap: 50, shape: 'tickets', pages: 15 },
      { cap: 100, shape: 'bare', pages: 8 },
      { cap: 50, shape: 'bare', pages: 15 },
      { cap: 50, shape: 'attachments-view', pages: 15 },
    ] as const)('737 records, server cap $cap, $shape: $pages requests', async ({ cap, shape, pages }) => {
      const { list: records, requests, mismatches } = list({ total: 737, cap, shape })
      expect(ids(await records)).toEqual(oneTo(737))
      expect(pageNos(requests)).toEqual(oneTo(pages))
      // Always the same page size asked for; the server's cap decides what page_no means.
      expect(requests.every((request) => request.pageSize === 100)).toBe(true)
      expect(mismatches).toEqual([])
    })

    it('keeps paging past short pages while record_count says more remain', async () => {
      // The cap-50 server answers 50 for "100": shorter than asked, but not the end.
      const { list: records, requests } = list({ total: 120, cap: 50 })
      expect(await records).toHaveLength(120)
      expect(requests).toHaveLength(3)
    })

    it('stops on an empty page when a bare list fills its last page exactly', async () => {
      const { list: records, requests, mismatches } = list({ total: 700, cap: 100, shape: 'bare' })
      expect(ids(await records)).toEqual(oneTo(700))
      expect(pageNos(requests)).toEqual(oneTo(8))
      expect(mismatches).toEqual([])
    })

    it('needs a single request when record_count is reached on the first page', async () => {
      const { list: records, requests } = list({ total: 37, cap: 100 })
      expect(await records).toHaveLength(37)
      expect(requests).toHaveLength(1)
    })
  })

  describe('empty lists', () => {
    it.each(['tickets', 'bare', 'attachments-view'] as const)(
      '%s: one request, no records, no mismatch',
      async (shape) => {
        const { list: records, requests, mismatches } = list({ total: 0, cap: 100, shape })
        expect(await records).toEqual([])
        expect(requests).toHaveLength(1)
        expect(mismatches).toEqual([])
      },
    )

    it('an envelope that omits the empty array', async () => {
      const onMismatch = vi.fn()
      const records = createHaloList(async () => ({ record_count: 0 }), {
        paged: true,
        pageSize: 100,
        onMismatch,
      })
      expect(await records).toEqual([])
      expect(onMismatch).not.toHaveBeenCalled()
    })
  })

  describe('limit', () => {
    it('limit 10 makes one request for 10 records', async () => {
      const { list: records, requests, mismatches } = list({ total: 737, cap: 100 }, { limit: 10 })
      expect(ids(await records)).toEqual(oneTo(10))
      expect(requests).toEqual([{ pageNo: 1, pageSize: 10 }])
      expect(mismatches).toEqual([])
    })

    it.each([
      { cap: 100, requests: 2 },
      { cap: 50, requests: 3 },
    ])(
      'limit 150 with cap $cap makes $requests requests and trims the last page',
      async ({ cap, requests: count }) => {
        const { list: records, requests, mismatches } = list({ total: 737, cap }, { limit: 150 })
        expect(ids(await records)).toEqual(oneTo(150))
        expect(requests).toHaveLength(count)
        expect(mismatches).toEqual([])
      },
    )

    it('limit 0 makes no request', async () => {
      const { list: records, requests } = list({ total: 737, cap: 100 }, { limit: 0 })
      expect(await records).toEqual([])
      expect(requests).toHaveLength(0)
    })

    it('a limit above the total still reports a shortfall', async () => {
      const { list: records, mismatches } = list({ total: 700, cap: 100, recordCount: 737 }, { limit: 1000 })
      expect(await records).toHaveLength(700)
      expect(mismatches).toHaveLength(1)
    })

    it('rejects a negative or fractional limit', async () => {
      await expect(list({ total: 5, cap: 100 }, { limit: -1 }).list).rejects.toThrow(RangeError)
      await expect(list({ total: 5, cap: 100 }, { limit: 1.5 }).list).rejects.toThrow(RangeError)
    })
  })

  describe('streaming', () => {
    it('fetches a page only when the consumer needs it', async () => {
      const { list: records, requests } = list({ total: 737, cap: 100 })
      const iterator = records[Symbol.asyncIterator]()
      expect(requests).toHaveLength(0)
      await iterator.next()
      expect(requests).toHaveLength(1)
      for (let i = 1; i < 100; i++) await iterator.next()
      expect(requests).toHaveLength(1)
      const record101 = await iterator.next()
      expect(record101.value).toMatchObject({ id: 101 })
      expect(requests).toHaveLength(2)
      await iterator.return?.()
    })

    it('stops requesting when the consumer breaks out', async () => {
      const { list: records, requests } = list({ total: 737, cap: 50 })
      const seen: number[] = []
      for await (const record of records) {
        seen.push(record.id)
        if (seen.length === 75) break
      }
      expect(seen).toEqual(oneTo(75))
      expect(requests).toHaveLength(2)
    })

    it('yields pages with their records, record_count, page number and asked size', async () => {
      const { list: records } = list({ total: 237, cap: 100 })
      const pages = []
      for await (const page of records.pages()) pages.push({ ...page, records: ids(page.records) })
      expect(pages).toEqual([
        { records: oneTo(100), recordCount: 237, pageNo: 1, pageSize: 100 },
        { records: oneTo(100).map((n) => n + 100), recordCount: 237, pageNo: 2, pageSize: 100 },
        { records: oneTo(37).map((n) => n + 200), recordCount: 237, pageNo: 3, pageSize: 100 },
      ])
    })

    it('reports an undefined recordCount for bare pages', async () => {
      const { list: records } = list({ total: 3, cap: 100, shape: 'bare' })
      for await (const page of records.pages()) expect(page.recordCount).toBeUndefined()
    })
  })

  describe('laziness and re-use', () => {
    it('fetches nothing until used; awaiting twice answers the same array with one traversal', async () => {
      const { list: records, requests } = list({ total: 150, cap: 100 })
      expect(requests).toHaveLength(0)
      const first = await records
      const second = await records.toArray()
      expect(second).toBe(first)
      expect(requests).toHaveLength(2)
    })

    it('each for-await is a fresh traversal', async () => {
      const { list: records, requests } = list({ total: 150, cap: 100 })
      for await (const _ of records) {
        // drain
      }
      let count = 0
      for await (const _ of records) count++
      expect(count).toBe(150)
      expect(requests).toHaveLength(4)
    })

    it('supports catch and finally', async () => {
      const failing = createHaloList(
        async () => {
          throw new Error('boom')
        },
        { paged: true, pageSize: 100, onMismatch: () => {} },
      )
      await expect(failing.catch((error: unknown) => (error as Error).message)).resolves.toBe('boom')
      const onFinally = vi.fn()
      await expect(failing.finally(onFinally)).rejects.toThrow('boom')
      expect(onFinally).toHaveBeenCalledOnce()
    })
  })

  describe('mismatches', () => {
    it.each([100, 50])('record_count 737 but the server stops at 700 (cap %i)', async (cap) => {
      const { list: records, mismatches } = list({ total: 700, cap, recordCount: 737 })
      expect(ids(await records)).toEqual(oneTo(700))
      expect(mismatches).toHaveLength(1)
      expect(mismatches[0]).toMatchObject({ recordCount: 737, fetched: 700 })
      expect(mismatches[0]?.reason).toMatch(/record_count 737.*empty after 700/)
    })

    it('more records than record_count', async () => {
      const { list: records, requests, mismatches } = list({ total: 737, cap: 100, recordCount: 650 })
      expect(await records).toHaveLength(700)
      expect(requests).toHaveLength(7)
      expect(mismatches).toEqual([
        { recordCount: 650, fetched: 700, reason: expect.stringMatching(/record_count 650 but 700/) },
      ])
    })

    it('an empty first page although record_count says there are records', async () => {
      const onMismatch = vi.fn()
      const records = createHaloList(async () => ({ record_count: 5, tickets: [] }), {
        paged: true,
        pageSize: 100,
        onMismatch,
      })
      expect(await records).toEqual([])
      expect(onMismatch).toHaveBeenCalledWith(expect.objectContaining({ recordCount: 5, fetched: 0 }))
    })

    it('a server that ignores page_no: stops at the repeated page and says so', async () => {
      const { list: records, requests, mismatches } = list({ total: 737, cap: 100, ignoresPageNo: true })
      expect(ids(await records)).toEqual(oneTo(100))
      expect(pageNos(requests)).toEqual([1, 2])
      expect(mismatches).toEqual([
        { recordCount: 737, fetched: 100, reason: expect.stringMatching(/page 2 repeated page 1.*page_no/) },
      ])
    })

    it('a bare list that ignores page_no does not page forever', async () => {
      const {
        list: records,
        requests,
        mismatches,
      } = list({ total: 737, cap: 50, shape: 'bare', ignoresPageNo: true })
      expect(await records).toHaveLength(50)
      expect(requests).toHaveLength(2)
      expect(mismatches).toEqual([
        { recordCount: 50, fetched: 50, reason: expect.stringContaining('repeated') },
      ])
    })

    it('records shifting by one between pages are not mistaken for a repeated page', async () => {
      // A record was inserted at the front after page 1: page 2 starts with page 1's last record.
      const pages = [oneTo(100), oneTo(100).map((n) => n + 99), oneTo(2).map((n) => n + 199)]
      const onMismatch = vi.fn()
      const records = createHaloList<{ id: number }>(
        async ({ pageNo }) => ({
          record_count: 201,
          tickets: (pages[pageNo - 1] ?? []).map((id) => ({ id })),
        }),
        { paged: true, pageSize: 100, onMismatch },
      )
      // Record 100 arrives twice: the count disagrees, but this is not a repeated page.
      expect(await records).toHaveLength(202)
      expect(onMismatch).toHaveBeenCalledOnce()
      expect(onMismatch.mock.calls[0]?.[0].reason).toMatch(/record_count 201 but 202 records arrived/)
    })

    it('a mismatch thrown by onMismatch rejects the list (strict validation)', async () => {
      const fake = fakeListServer({ total: 700, cap: 100, recordCount: 737 })
      const records = createHaloList(fake.fetchPage, {
        paged: true,
        pageSize: 100,
        onMismatch: (mismatch) => {
          throw new Error(mismatch.reason)
        },
      })
      await expect(records).rejects.toThrow(/record_count 737/)
    })
  })

  describe('abort', () => {
    it('mid-iteration rejects with the reason and requests nothing more', async () => {
      const controller = new AbortController()
      const { list: records, requests } = list({ total: 737, cap: 100 }, { signal: controller.signal })
      const seen: number[] = []
      const reason = new Error('user left')
      const iterate = async () => {
        for await (const record of records) {
          seen.push(record.id)
          if (seen.length === 150) controller.abort(reason)
        }
      }
      await expect(iterate()).rejects.toBe(reason)
      expect(seen).toHaveLength(150)
      expect(requests).toHaveLength(2)
      expect(requests[0]?.signal).toBe(controller.signal)
    })

    it('an already aborted signal requests nothing', async () => {
      const controller = new AbortController()
      controller.abort('gone')
      const { list: records, requests } = list({ total: 737, cap: 100 }, { signal: controller.signal })
      await expect(records).rejects.toBe('gone')
      expect(requests).toHaveLength(0)
    })
  })

  describe('start page', () => {
    it('requests from startPage on, without a false shortfall', async () => {
      const { list: records, requests, mismatches } = list({ total: 737, cap: 100 }, { startPage: 3 })
      expect(ids(await records)).toEqual(oneTo(537).map((n) => n + 200))
      expect(pageNos(requests)).toEqual([3, 4, 5, 6, 7, 8])
      expect(mismatches).toEqual([])
    })

    it('keeps the asked page size with a limit, since page positions depend on it', async () => {
      const { list: records, requests } = list({ total: 737, cap: 100 }, { startPage: 2, limit: 5 })
      expect(ids(await records)).toEqual([101, 102, 103, 104, 105])
      expect(requests).toEqual([{ pageNo: 2, pageSize: 100 }])
    })
  })

  describe('non-paged lists', () => {
    it('makes one request for page 1 and does not page', async () => {
      const fetchPage = vi.fn(async () => ({ record_count: 3, actions: [{ id: 1 }, { id: 2 }, { id: 3 }] }))
      const onMismatch = vi.fn()
      const records = createHaloList(fetchPage, { paged: false, pageSize: 100, onMismatch })
      expect(await records).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }])
      expect(fetchPage).toHaveBeenCalledOnce()
      expect(fetchPage).toHaveBeenCalledWith({ pageNo: 1, pageSize: 100 })
      expect(onMismatch).not.toHaveBeenCalled()
    })

    it('applies limit and reports a record_count that disagrees', async () => {
      const body = [{ id: 1 }, { id: 2 }, { id: 3 }]
      const limited = createHaloList(async () => body, {
        paged: false,
        pageSize: 100,
        limit: 2,
        onMismatch: () => {},
      })
      expect(await limited).toEqual([{ id: 1 }, { id: 2 }])

      const onMismatch = vi.fn()
      const short = createHaloList(async () => ({ record_count: 10, actions: body }), {
        paged: false,
        pageSize: 100,
        onMismatch,
      })
      expect(await short).toHaveLength(3)
      expect(onMismatch).toHaveBeenCalledWith(expect.objectContaining({ recordCount: 10, fetched: 3 }))
    })
  })
})
