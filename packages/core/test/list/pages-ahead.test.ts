import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createHaloList, type PageMismatch, type PageRequest } from '../../src/list/create-halo-list.js'
import type { FakeRecord } from './fake-list-server.js'

/**
 * A list endpoint whose answers the test releases by hand, so that what is in flight at each moment
 * is observed rather than timed. Aborting a request's signal rejects it with the signal's reason.
 */
function heldServer(options: { total: number; cap: number; recordCount?: number; bare?: boolean }) {
  const records: FakeRecord[] = Array.from({ length: options.total }, (_, i) => ({
    id: i + 1,
    summary: `record ${i + 1}`,
  }))
  const requests: PageRequest[] = []
  const held = new Map<number, { answer: () => void; fail: (error: unknown) => void }>()
  const aborted: number[] = []
  let mostHeld = 0

  function fetchPage(request: PageRequest): Promise<unknown> {
    requests.push(request)
    return new Promise((resolve, reject) => {
      const size = Math.min(request.pageSize, options.cap)
      const page = records.slice((request.pageNo - 1) * size, request.pageNo * size)
      const body = options.bare
        ? page
        : { page_no: request.pageNo, record_count: options.recordCount ?? options.total, tickets: page }
      let settled = false
      const settle = () => {
        settled = true
        held.delete(request.pageNo)
      }
      held.set(request.pageNo, {
        answer: () => {
          settle()
          resolve(body)
        },
        fail: (error) => {
          settle()
          reject(error)
        },
      })
      mostHeld = Math.max(mostHeld, held.size)
      request.signal?.addEventListener('abort', () => {
        if (settled) return
        aborted.push(request.pageNo)
        settle()
        reject(request.signal?.reason)
      })
    })
  }

  /** Waits until exactly `count` requests are held (the list sent them and awaits them). */
  async function heldCount(count: number): Promise<number[]> {
    await vi.waitFor(() => expect(held.size).toBe(count), { timeout: 5_000, interval: 1 })
    return [...held.keys()]
  }

  /** Answers every held request, the highest page first (the reverse of the order they were sent). */
  function answerAllReversed(): void {
    for (const pageNo of [...held.keys()].sort((a, b) => b - a)) held.get(pageNo)?.answer()
  }

  /** Keeps answering until `done` settles: the list runs to its end with answers out of order. */
  async function answerUntil(done: Promise<unknown>): Promise<void> {
    let finished = false
    done.then(
      () => {
        finished = true
      },
      () => {
        finished = true
      },
    )
    while (!finished) {
      answerAllReversed()
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  return {
    fetchPage,
    requests,
    held,
    aborted,
    heldCount,
    answerAllReversed,
    answerUntil,
    mostHeld: () => mostHeld,
  }
}

function aheadList(
  server: ReturnType<typeof heldServer>,
  options: { limit?: number; startPage?: number; signal?: AbortSignal; pagesAhead?: number } = {},
  onMismatch: (mismatch: PageMismatch) => void = () => undefined,
) {
  return createHaloList<FakeRecord>(server.fetchPage, {
    paged: true,
    pageSize: 100,
    pagesAhead: 4,
    onMismatch,
    ...options,
  })
}

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1)
const ids = (records: readonly FakeRecord[]) => records.map((record) => record.id)
const pageNos = (requests: readonly PageRequest[]) => requests.map((request) => request.pageNo)

const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)
beforeEach(() => {
  unhandled.length = 0
  process.on('unhandledRejection', onUnhandled)
})
afterEach(async () => {
  // A rejection counts as unhandled only after the microtasks of its turn: let a turn pass.
  await new Promise((resolve) => setImmediate(resolve))
  process.off('unhandledRejection', onUnhandled)
  expect(unhandled).toEqual([])
})

describe('pages requested ahead once record_count is known', () => {
  it('sends the next pages together after page 1 and yields every record in order', async () => {
    const server = heldServer({ total: 737, cap: 100 })
    const all = aheadList(server).toArray()
    expect(await server.heldCount(1)).toEqual([1])
    server.answerAllReversed()
    // record_count 737 at 100 a page: pages 2..8 remain; 4 go out together without waiting.
    expect(await server.heldCount(4)).toEqual([2, 3, 4, 5])
    await server.answerUntil(all)
    expect(ids(await all)).toEqual(oneTo(737))
    expect(pageNos(server.requests)).toEqual(oneTo(8))
    expect(server.mostHeld()).toBe(4)
  })

  it('keeps at most pagesAhead unread pages however slow the reader is', async () => {
    const server = heldServer({ total: 737, cap: 100 })
    const pages = aheadList(server, { pagesAhead: 3 }).pages()
    const first = pages.next()
    await server.heldCount(1)
    server.answerAllReversed()
    expect((await first).value?.pageNo).toBe(1)
    await server.heldCount(3)
    server.answerAllReversed()
    await server.heldCount(0)
    // Pages 2..4 are answered and unread: nothing more goes out until the reader takes one.
    await new Promise((resolve) => setImmediate(resolve))
    expect(pageNos(server.requests)).toEqual([1, 2, 3, 4])
    expect((await pages.next()).value?.pageNo).toBe(2)
    expect(pageNos(server.requests)).toEqual([1, 2, 3, 4, 5])
    await pages.return?.()
  })

  it('a reader that breaks out aborts the pages in flight and sends nothing more', async () => {
    const server = heldServer({ total: 737, cap: 100 })
    const list = aheadList(server)
    const seen: number[] = []
    const iterate = (async () => {
      for await (const record of list) {
        seen.push(record.id)
        if (seen.length === 100) break
      }
    })()
    await server.heldCount(1)
    server.answerAllReversed()
    await iterate
    expect(seen).toEqual(oneTo(100))
    expect(pageNos(server.requests)).toEqual([1, 2, 3, 4, 5])
    expect(server.aborted.sort()).toEqual([2, 3, 4, 5])
    expect(server.held.size).toBe(0)
  })

  it('requests no page beyond what limit needs', async () => {
    const server = heldServer({ total: 737, cap: 50 })
    const all = aheadList(server, { limit: 260, pagesAhead: 8 }).toArray()
    await server.answerUntil(all)
    expect(ids(await all)).toEqual(oneTo(260))
    // Pages of 50 (the server's cap, learnt from page 1): 260 records need pages 1..6.
    expect(pageNos(server.requests)).toEqual(oneTo(6))
    expect(server.aborted).toEqual([])
  })

  it('a failed page rejects when the reader reaches it, after the pages before it', async () => {
    const server = heldServer({ total: 737, cap: 100 })
    const pages = aheadList(server).pages()
    const first = pages.next()
    await server.heldCount(1)
    server.answerAllReversed()
    expect((await first).value?.pageNo).toBe(1)
    await server.heldCount(4)
    const failure = new Error('page 3 failed')
    server.held.get(3)?.fail(failure)
    server.held.get(5)?.answer()
    server.held.get(2)?.answer()
    // Reading page 2 makes room for page 6.
    expect((await pages.next()).value?.pageNo).toBe(2)
    await expect(pages.next()).rejects.toBe(failure)
    // Pages 4 and 6 were still in flight: the list stopped, so they were aborted, rejecting nothing
    // unhandled (page 5, answered and unread, is dropped).
    expect(server.aborted).toEqual([4, 6])
    expect(pageNos(server.requests)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('an abort of the caller signal aborts the pages in flight with its reason', async () => {
    const server = heldServer({ total: 737, cap: 100 })
    const controller = new AbortController()
    const pages = aheadList(server, { signal: controller.signal }).pages()
    const first = pages.next()
    await server.heldCount(1)
    expect(server.requests[0]?.signal).toBe(controller.signal)
    server.answerAllReversed()
    await first
    await server.heldCount(4)
    const reason = new Error('user left')
    controller.abort(reason)
    await expect(pages.next()).rejects.toBe(reason)
    expect(server.aborted.sort()).toEqual([2, 3, 4, 5])
    expect(server.requests.slice(1).every((request) => request.signal?.reason === reason)).toBe(true)
  })

  it('still reports fewer records than record_count (strict validation throws it)', async () => {
    const server = heldServer({ total: 700, cap: 100, recordCount: 737 })
    const mismatches: PageMismatch[] = []
    const all = aheadList(server, {}, (mismatch) => mismatches.push(mismatch)).toArray()
    await server.answerUntil(all)
    expect(ids(await all)).toEqual(oneTo(700))
    expect(mismatches).toEqual([
      {
        recordCount: 737,
        fetched: 700,
        reason: 'Halo reported record_count 737 but page 8 was empty after 700 records',
      },
    ])

    const strictServer = heldServer({ total: 700, cap: 100, recordCount: 737 })
    const strictError = new Error('strict')
    const strict = aheadList(strictServer, {}, () => {
      throw strictError
    }).toArray()
    await strictServer.answerUntil(strict)
    await expect(strict).rejects.toBe(strictError)
  })

  it('pages a bare array (no record_count) one request at a time', async () => {
    const server = heldServer({ total: 250, cap: 100, bare: true })
    const all = aheadList(server, { pagesAhead: 8 }).toArray()
    await server.answerUntil(all)
    expect(ids(await all)).toEqual(oneTo(250))
    expect(pageNos(server.requests)).toEqual([1, 2, 3])
    expect(server.mostHeld()).toBe(1)
  })

  it('from a later start page, requests ahead only the pages that remain', async () => {
    const server = heldServer({ total: 737, cap: 100 })
    const all = aheadList(server, { startPage: 3 }).toArray()
    await server.answerUntil(all)
    expect(ids(await all)).toEqual(oneTo(737).slice(200))
    expect(pageNos(server.requests)).toEqual([3, 4, 5, 6, 7, 8])
  })

  it('rejects a pagesAhead that is not a whole number of at least 1', async () => {
    const server = heldServer({ total: 5, cap: 100 })
    await expect(aheadList(server, { pagesAhead: 0 })).rejects.toThrow(RangeError)
  })
})
