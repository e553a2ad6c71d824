import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import {
  createHaloCore,
  type HaloPaginationError,
  isHaloPaginationError,
  type OperationDescriptor,
} from '../src/index.js'
import { fixture } from './support/fixture.js'
import {
  API,
  recordingLogger,
  rejectionOf,
  server,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from './support/halo-server.js'

useHaloServer()

const TOTAL = 737

interface PagedServer {
  /** Query of every page request, in order. */
  readonly queries: Record<string, string>[]
}

/** `/Tickets` over 737 records, honouring at most `cap` per page, numbering pages by the size it used. */
function pagedTickets(cap: number, options: { recordCount?: number; key?: string } = {}): PagedServer {
  const records = Array.from({ length: TOTAL }, (_, index) => ({
    id: index + 1,
    summary: `Ticket ${index + 1}`,
  }))
  const queries: Record<string, string>[] = []
  server.use(
    http.get(`${API}/Tickets`, ({ request }) => {
      const query = Object.fromEntries(new URL(request.url).searchParams)
      queries.push(query)
      const size = Math.min(Number(query.page_size), cap)
      const page = Number(query.page_no)
      const slice = records.slice((page - 1) * size, page * size)
      return HttpResponse.json({
        page_no: page,
        page_size: size,
        record_count: options.recordCount ?? TOTAL,
        [options.key ?? 'tickets']: slice,
      })
    }),
  )
  return { queries }
}

const listTickets: OperationDescriptor = {
  name: 'listTickets',
  method: 'GET',
  path: '/Tickets',
  tag: 'Faults',
  paged: true,
  listKey: 'tickets',
}

function expectAllInOrder(records: readonly { id: number }[]): void {
  expect(records).toHaveLength(TOTAL)
  expect(records.map((record) => record.id)).toEqual(Array.from({ length: TOTAL }, (_, index) => index + 1))
}

describe('lists over a paging server', () => {
  it.each([100, 50])(
    'core.list brings back all 737 records once, in order, when the server caps pages at %i',
    async (cap) => {
      tokenEndpoint()
      const paging = pagedTickets(cap)
      const records = await createHaloCore(testOptions()).list<{ id: number }>(listTickets, {
        open_only: true,
      })
      expectAllInOrder(records)
      expect(paging.queries).toHaveLength(Math.ceil(TOTAL / cap))
      for (const [index, query] of paging.queries.entries()) {
        expect(query).toEqual({
          open_only: 'true',
          pageinate: 'true',
          page_no: String(index + 1),
          page_size: '100',
        })
      }
    },
  )

  it.each([100, 50])('core.paginate does the same over a raw path (cap %i)', async (cap) => {
    tokenEndpoint()
    pagedTickets(cap)
    const list = createHaloCore(testOptions()).paginate<{ id: number }>('/Tickets', {
      query: { client_id: 12 },
    })
    const streamed: { id: number }[] = []
    for await (const record of list) streamed.push(record)
    expectAllInOrder(streamed)
  })

  it('clamps page_size to maxPageSize (and to 100 by default)', async () => {
    tokenEndpoint()
    const paging = pagedTickets(100)
    const core = createHaloCore(testOptions())
    await core.list({ ...listTickets, maxPageSize: 50 }, { limit: 60 })
    expect(paging.queries.map((query) => query.page_size)).toEqual(['50', '50'])
    await core.list(listTickets, { page_size: 500, limit: 1 })
    expect(paging.queries.at(-1)?.page_size).toBe('1')
    await core.list(listTickets, { page_size: 500, limit: 200 })
    expect(paging.queries.at(-1)?.page_size).toBe('100')
  })

  it('limit caps the records fetched', async () => {
    tokenEndpoint()
    const paging = pagedTickets(100)
    const records = await createHaloCore(testOptions()).list<{ id: number }>(listTickets, { limit: 150 })
    expect(records.map((record) => record.id)).toEqual(Array.from({ length: 150 }, (_, index) => index + 1))
    expect(paging.queries).toHaveLength(2)
  })

  it('finds the envelope key when none is named (a users envelope)', async () => {
    tokenEndpoint()
    const envelope = fixture<{ users: unknown[] }>('users-list')
    server.use(http.get(`${API}/Users`, () => HttpResponse.json(envelope)))
    const users = await createHaloCore(testOptions()).paginate('/Users')
    expect(users).toEqual(envelope.users)
  })

  it('reads a bare-array list that does not page, with one request and no paging parameters', async () => {
    tokenEndpoint()
    const queries: string[] = []
    server.use(
      http.get(`${API}/TicketType`, ({ request }) => {
        queries.push(new URL(request.url).search)
        return HttpResponse.json([{ id: 1 }, { id: 2 }])
      }),
    )
    const operation: OperationDescriptor = {
      name: 'listTicketTypes',
      method: 'GET',
      path: '/TicketType',
      tag: 'RequestType',
    }
    const types = await createHaloCore(testOptions()).list(operation, { showinactive: false })
    expect(types).toEqual([{ id: 1 }, { id: 2 }])
    expect(queries).toEqual(['?showinactive=false'])
  })

  it('yields pages with their numbers', async () => {
    tokenEndpoint()
    pagedTickets(100)
    const pages = []
    for await (const page of createHaloCore(testOptions()).list(listTickets).pages()) {
      pages.push({ pageNo: page.pageNo, count: page.records.length, recordCount: page.recordCount })
    }
    expect(pages).toHaveLength(8)
    expect(pages[7]).toEqual({ pageNo: 8, count: 37, recordCount: 737 })
  })

  it('fills path parameters and rejects a bad one through the list', async () => {
    tokenEndpoint()
    const operation: OperationDescriptor = {
      name: 'listTicketActions',
      method: 'GET',
      path: '/Tickets/{id}/Actions',
      tag: 'Actions',
      pathParams: { id: 'integer' },
    }
    const seen: string[] = []
    server.use(
      http.get(`${API}/Tickets/:id/Actions`, ({ request }) => {
        seen.push(new URL(request.url).pathname + new URL(request.url).search)
        return HttpResponse.json({ actions: [{ id: 1 }] })
      }),
    )
    const core = createHaloCore(testOptions())
    expect(await core.list(operation, { id: 7, excludesys: true })).toEqual([{ id: 1 }])
    expect(seen).toEqual(['/api/Tickets/7/Actions?excludesys=true'])
    await expect(core.list(operation, { id: '../x' })).rejects.toThrow(TypeError)
  })
})

describe('record_count mismatches', () => {
  it('warns through the logger by default', async () => {
    tokenEndpoint()
    pagedTickets(100, { recordCount: 740 })
    const logger = recordingLogger()
    const records = await createHaloCore(testOptions({ logger })).list(listTickets)
    expect(records).toHaveLength(TOTAL)
    const warning = logger.entries.find((entry) => entry.level === 'warn')
    expect(warning?.message).toContain('listTickets')
    expect(warning?.message).toContain('740')
  })

  it("throws HaloPaginationError under validate: 'strict'", async () => {
    tokenEndpoint()
    pagedTickets(100, { recordCount: 740 })
    const error = await rejectionOf(createHaloCore(testOptions({ validate: 'strict' })).list(listTickets))
    expect(isHaloPaginationError(error)).toBe(true)
    expect((error as HaloPaginationError).recordCount).toBe(740)
    expect((error as HaloPaginationError).fetched).toBe(TOTAL)
  })
})
