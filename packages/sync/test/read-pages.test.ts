// readPages asks for the next page while earlier pages are still being written, keeps at most
// `concurrency` pages waiting, and ends only once every write it started has ended.

import { setTimeout as sleep } from 'node:timers/promises'
import { listTicketsOperation } from '@halo/tickets'
import { describe, expect, it } from 'vitest'
import { type ReadPagesOptions, readPages } from '../src/fetch/read-pages.js'
import type { CountingRequester } from '../src/fetch/request-counter.js'

/** A fake Halo that logs each page asked for (`request N`) and answers it with `body(pageNo)`. */
function pagedHalo(
  log: string[],
  body: (pageNo: number) => Promise<ReadableStream<Uint8Array> | null> | ReadableStream<Uint8Array> | null,
): CountingRequester {
  const requester = {
    count: 0,
    async stream(_operation: unknown, query: Readonly<Record<string, unknown>>) {
      const pageNo = Number(query.page_no)
      log.push(`request ${pageNo}`)
      return body(pageNo)
    },
  }
  return requester as unknown as CountingRequester
}

/** A list of `total` tickets, `size` a page, each answer after `delayMs`; logs what happens when. */
function fakeHalo(total: number, size: number, delayMs: number, log: string[]): CountingRequester {
  return pagedHalo(log, async (pageNo) => {
    await sleep(delayMs)
    const ids = Array.from({ length: total }, (_, i) => i + 1).slice((pageNo - 1) * size, pageNo * size)
    return new Response(JSON.stringify({ record_count: total, tickets: ids.map((id) => ({ id })) })).body
  })
}

/** A body that sends each part after its delay: a text, or an error that ends the body there. */
function timedBody(parts: [delayMs: number, part: string | Error][]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const left = [...parts]
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = left.shift()
      if (next === undefined) return controller.close()
      await sleep(next[0])
      if (next[1] instanceof Error) controller.error(next[1])
      else controller.enqueue(encoder.encode(next[1]))
    },
  })
}

const options = (
  requester: CountingRequester,
  onPage: (records: readonly { id?: unknown }[]) => Promise<void>,
): ReadPagesOptions => ({
  requester,
  operation: listTicketsOperation,
  listKey: 'tickets',
  query: {},
  pageSize: 10,
  concurrency: 2,
  // Pages come as the JSON text Halo sent: parsed here for the test's checks.
  onPage: (records) => onPage(JSON.parse(records.json) as { id?: unknown }[]),
})

describe('readPages', () => {
  it('requests the next page before the previous write has ended, and waits for every write', async () => {
    const log: string[] = []
    let writing = 0
    let mostWaiting = 0
    const written: number[] = []
    const read = await readPages(
      options(fakeHalo(60, 10, 5, log), async (records) => {
        writing++
        mostWaiting = Math.max(mostWaiting, writing)
        const first = records[0]?.id as number
        log.push(`write ${Math.ceil(first / 10)} starts`)
        await sleep(40)
        written.push(...records.map((r) => r.id as number))
        writing--
        log.push(`write ${Math.ceil(first / 10)} ends`)
      }),
    )
    expect(read).toEqual({ fetched: 60, consistent: true })
    expect(written.sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
    expect(writing).toBe(0)
    // Page 2 went out before page 1's write ended.
    expect(log.indexOf('request 2')).toBeLessThan(log.indexOf('write 1 ends'))
    // Pages waiting to be written: at most `concurrency`, plus the one each worker has in hand.
    expect(mostWaiting).toBeLessThanOrEqual(4)
  })

  it('stops asking for pages after a write fails, and rejects once the writes it started have ended', async () => {
    const log: string[] = []
    let pending = 0
    const reading = readPages(
      options(fakeHalo(100, 10, 5, log), async (records) => {
        pending++
        await sleep(20)
        pending--
        if (records[0]?.id === 21) throw new Error('disk full')
      }),
    )
    await expect(reading).rejects.toThrow('disk full')
    expect(pending).toBe(0)
    expect(log.filter((line) => line.startsWith('request')).length).toBeLessThan(10)
  })

  it('hands a page over in batches of under 128 KiB, each record once, and an empty list as one empty batch', async () => {
    // 10 tickets a page of about 20 KB each: a page of about 200 KB.
    const note = 'x'.repeat(20_000)
    const requester = {
      count: 0,
      async stream(_operation: unknown, query: Readonly<Record<string, unknown>>) {
        const pageNo = Number(query.page_no)
        const ids = Array.from({ length: 30 }, (_, i) => i + 1).slice((pageNo - 1) * 10, pageNo * 10)
        return new Response(JSON.stringify({ record_count: 30, tickets: ids.map((id) => ({ id, note })) }))
          .body
      },
    } as unknown as CountingRequester
    const batches: { json: string; count: number }[] = []
    const read = await readPages({
      ...options(requester, async () => {}),
      onPage: async (records) => {
        batches.push(records)
      },
    })
    expect(read).toEqual({ fetched: 30, consistent: true })
    // Several batches a page: each text stays below V8's large-object size, where allocating a
    // string costs many times more.
    expect(batches.length).toBeGreaterThanOrEqual(6)
    for (const batch of batches) expect(batch.json.length).toBeLessThan(128 * 1024)
    const ids = batches.flatMap((batch) => (JSON.parse(batch.json) as { id: number }[]).map((r) => r.id))
    expect(ids.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
    expect(batches.reduce((sum, batch) => sum + batch.count, 0)).toBe(30)

    const empty: { json: string; count: number }[] = []
    const none = await readPages({
      ...options(fakeHalo(0, 10, 0, []), async () => {}),
      onPage: async (records) => {
        empty.push(records)
      },
    })
    expect(none).toEqual({ fetched: 0, consistent: true })
    expect(empty).toEqual([{ json: '[]', count: 0 }])
  })

  it('fails on a page cut short saying which page of which path, worded as for an answer sent whole', async () => {
    // Pages of about 200 KB: the records before the cut come in whole batches (about 64 KiB each).
    const note = 'x'.repeat(20_000)
    const whole = JSON.stringify({
      record_count: 30,
      tickets: Array.from({ length: 10 }, (_, i) => ({ id: i + 1, note })),
    })
    const requester = {
      count: 0,
      async stream(_operation: unknown, query: Readonly<Record<string, unknown>>) {
        // Page 2 ends after its first five records: the connection closed mid-body.
        const text = Number(query.page_no) === 2 ? whole.slice(0, whole.indexOf('{"id":6')) : whole
        return new Response(text).body
      },
    } as unknown as CountingRequester
    const error = await readPages(options(requester, async () => {})).then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(Error)
    const message = (error as Error).message
    expect(message).toMatch(
      /^@halo\/sync: page 2 of GET \/Tickets stopped after \d records \(the list answer ended in the middle of its JSON; the answer may have been cut\)\. What was written before it is kept and the mark does not move: the next run reads it again\.$/,
    )
    const records = Number(/after (\d) records/.exec(message)?.[1])
    expect(records).toBeGreaterThan(0)
    expect(records).toBeLessThan(6)
    expect((error as Error).cause).toBeInstanceOf(TypeError)
  })

  it("passes on what is not a fault of the body's text as it is (a stalled body's timeout, the caller's abort)", async () => {
    const stalled = new Error('GET /api/Tickets stalled mid-body')
    const requester = {
      count: 0,
      async stream() {
        let sent = false
        return new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent) controller.error(stalled)
            else controller.enqueue(new TextEncoder().encode('{"record_count":30,"tickets":[{"id":1},'))
            sent = true
          },
        })
      },
    } as unknown as CountingRequester
    await expect(readPages(options(requester, async () => {}))).rejects.toBe(stalled)
  })

  /**
   * Six tickets, two a page, each page's headers in at once and its body in timed parts (`parts`
   * gives each page's JSON as texts after delays); reads them with `concurrency` lanes and logs
   * each request and each page read.
   */
  async function readSixTickets(
    concurrency: number,
    parts: (pageNo: number, records: string) => [delayMs: number, text: string][],
  ) {
    const log: string[] = []
    const requester = pagedHalo(log, (pageNo) => {
      const ids = [1, 2, 3, 4, 5, 6].slice((pageNo - 1) * 2, pageNo * 2)
      return timedBody(parts(pageNo, JSON.stringify(ids.map((id) => ({ id })))))
    })
    const read = await readPages({
      ...options(requester, async () => {}),
      pageSize: 2,
      concurrency,
      onPage: async (records) => {
        const first = (JSON.parse(records.json) as { id: number }[])[0]?.id as number
        log.push(`page ${Math.ceil(first / 2)} read`)
      },
    })
    return { read, log }
  }

  it("asks for a lane's next page once the last one's headers are in, while its body still arrives", async () => {
    // The whole body 30 ms after the headers.
    const { read, log } = await readSixTickets(1, (pageNo, records) => [
      [30, `{"page_no":${pageNo},"record_count":6,"tickets":${records}}`],
    ])
    expect(read).toEqual({ fetched: 6, consistent: true })
    // One lane: page 3 was asked for before page 2's body had arrived (and page 2 once page 1's
    // count had, which came with its records here).
    expect(log).toEqual(['request 1', 'request 2', 'page 1 read', 'request 3', 'page 2 read', 'page 3 read'])
  })

  it("asks for the other pages once the first page's record_count is in, before its records are", async () => {
    // As Halo sends a page: its count first; here the records follow 30 ms later.
    const { read, log } = await readSixTickets(2, (pageNo, records) => [
      [0, `{"page_no":${pageNo},"record_count":6,"tickets":`],
      [30, `${records}}`],
    ])
    expect(read).toEqual({ fetched: 6, consistent: true })
    // Pages 2 and 3 went out while page 1's records were still on their way.
    expect(log.slice(0, 3)).toEqual(['request 1', 'request 2', 'request 3'])
    expect(log.slice(3).sort()).toEqual(['page 1 read', 'page 2 read', 'page 3 read'])
  })

  it('asks for no more pages once the first page, whose count started the others, is cut short', async () => {
    const log: string[] = []
    const requester = pagedHalo(log, async (pageNo) => {
      await sleep(5)
      if (pageNo === 1) {
        // The count, then the connection drops 40 ms later.
        return timedBody([
          [0, '{"record_count":1000,"tickets":[{"id":1},'],
          [40, new TypeError('terminated')],
        ])
      }
      const ids = Array.from({ length: 10 }, (_, i) => (pageNo - 1) * 10 + i + 1)
      return new Response(JSON.stringify({ record_count: 1_000, tickets: ids.map((id) => ({ id })) })).body
    })
    await expect(readPages(options(requester, async () => {}))).rejects.toThrow(/^@halo\/sync: page 1 of GET/)
    const asked = log.length
    // Two lanes asked for pages while page 1 still came (each about every 5 ms), not for all 100.
    expect(asked).toBeGreaterThan(1)
    expect(asked).toBeLessThan(50)
    await sleep(30)
    expect(log.length).toBe(asked)
  })

  it('asks for the pages a smaller page size than asked adds, each record once', async () => {
    // 25 tickets; asked 10 a page, Halo serves 5: pages 2 and 3 go out on the count, 4 and 5 once
    // page 1 shows its size.
    const log: string[] = []
    const ids: number[] = []
    const read = await readPages(
      options(fakeHalo(25, 5, 5, log), async (records) => {
        ids.push(...records.map((record) => record.id as number))
      }),
    )
    expect(read).toEqual({ fetched: 25, consistent: true })
    expect(ids.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
    expect(log.sort()).toEqual(['request 1', 'request 2', 'request 3', 'request 4', 'request 5'])

    // All on one page as asked for, but Halo serves 4: pages 2 and 3 follow page 1.
    const small: string[] = []
    expect(await readPages(options(fakeHalo(10, 4, 0, small), async () => {}))).toEqual({
      fetched: 10,
      consistent: true,
    })
    expect(small).toEqual(['request 1', 'request 2', 'request 3'])
  })

  it('asks for no more pages than the lanes hold once a first page Halo counts records in comes empty', async () => {
    const log: string[] = []
    const requester = {
      count: 0,
      async stream(_operation: unknown, query: Readonly<Record<string, unknown>>) {
        log.push(`request ${Number(query.page_no)}`)
        await sleep(5)
        return new Response(JSON.stringify({ record_count: 1_000, tickets: [] })).body
      },
    } as unknown as CountingRequester
    const read = await readPages(options(requester, async () => {}))
    expect(read).toEqual({ fetched: 0, consistent: false })
    // Page 1 and at most one page per lane (2) asked for before page 1's records were seen.
    expect(log.length).toBeLessThanOrEqual(3)
  })
})
