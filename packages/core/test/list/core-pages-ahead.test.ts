import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore, type OperationDescriptor } from '../../src/index.js'
import { API, server, testOptions, tokenEndpoint, useHaloServer } from '../support/halo-server.js'

useHaloServer()

const TOTAL = 737
/** Generous: the barrier below is met as soon as the pages are sent; this only bounds a failure. */
const BARRIER_TIMEOUT_MS = 10_000

const listTickets: OperationDescriptor = {
  name: 'listTickets',
  method: 'GET',
  path: '/Tickets',
  tag: 'Faults',
  paged: true,
  listKey: 'tickets',
}

/**
 * `/Tickets` over 737 records, 100 a page. Pages after the first are held until `together` of them
 * are in flight at once (or the timeout passes): a list that pages one request at a time never
 * gets there, so the overlap is observed, not timed.
 */
function pagingServer(together: number) {
  const records = Array.from({ length: TOTAL }, (_, index) => ({ id: index + 1 }))
  const pagesSeen: number[] = []
  let inFlight = 0
  let mostInFlight = 0
  let release: () => void = () => undefined
  const barrier = new Promise<void>((resolve) => {
    release = resolve
    setTimeout(resolve, BARRIER_TIMEOUT_MS).unref()
  })
  server.use(
    http.get(`${API}/Tickets`, async ({ request }) => {
      const page = Number(new URL(request.url).searchParams.get('page_no'))
      pagesSeen.push(page)
      if (page > 1) {
        inFlight++
        mostInFlight = Math.max(mostInFlight, inFlight)
        if (inFlight >= together) release()
        await barrier
        inFlight--
      }
      return HttpResponse.json({
        record_count: TOTAL,
        tickets: records.slice((page - 1) * 100, page * 100),
      })
    }),
  )
  return { pagesSeen, mostInFlight: () => mostInFlight }
}

describe('core lists request the following pages together once record_count is known', () => {
  it('sends pages 2..8 at once (maxConcurrency 8) and returns every record in order', async () => {
    tokenEndpoint()
    const paging = pagingServer(7)
    const records = await createHaloCore(testOptions({ maxConcurrency: 8 })).list<{ id: number }>(listTickets)
    expect(records.map((record) => record.id)).toEqual(Array.from({ length: TOTAL }, (_, index) => index + 1))
    expect(paging.mostInFlight()).toBe(7)
    expect([...paging.pagesSeen].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('never has more pages in flight than maxConcurrency', async () => {
    tokenEndpoint()
    const paging = pagingServer(3)
    const records = await createHaloCore(testOptions({ maxConcurrency: 3 })).list<{ id: number }>(listTickets)
    expect(records).toHaveLength(TOTAL)
    expect(paging.mostInFlight()).toBe(3)
  })
})
