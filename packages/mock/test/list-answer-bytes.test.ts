// Large list answers are serialised a part at a time, straight to bytes: each must be byte for byte
// the JSON.stringify of the same envelope of the same records, before and after writes.
import { describe, expect, it } from 'vitest'
import { createHaloMock, type HaloMock, seed, startHaloMock } from '../src/index.js'
import type { ActionRecord } from '../src/store/records.js'

const origin = 'https://halo.example.test'

async function answer(mock: HaloMock, path: string, init: RequestInit = {}): Promise<string> {
  const response = await mock.handle(
    new Request(`${origin}/api${path}`, {
      ...init,
      headers: { authorization: `Bearer ${mock.issueToken()}`, 'content-type': 'application/json' },
    }),
  )
  expect(response.status).toBeLessThan(300)
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
  return new TextDecoder().decode(await response.arrayBuffer())
}

/** Every action of every ticket whose `datetime` lies in [from, to], in ticket then action order. */
function actionsBetween(mock: HaloMock, from: number, to: number): ActionRecord[] {
  return mock.state.tickets
    .ids()
    .flatMap((id) => mock.state.actions.list(id))
    .filter((a) => {
      const at = Date.parse(a.datetime as string)
      return at >= from && at <= to
    })
}

const everything = [Date.UTC(1900, 0, 1), Date.UTC(2031, 0, 1)] as const
const iso = (ms: number) => new Date(ms).toISOString()

describe('list answers', () => {
  // 3,000 tickets have over 7,000 actions: the search of every action is written slice by slice.
  const mock = createHaloMock({ ticketCount: 3_000 })
  const ticketPage = (pageNo: number) =>
    JSON.stringify({
      page_no: pageNo,
      page_size: 100,
      record_count: mock.state.tickets.size,
      tickets: mock.state.tickets.page((pageNo - 1) * 100, 100),
    })
  const actionSearch = (from: number, to: number) => {
    const actions = actionsBetween(mock, from, to)
    return JSON.stringify({ record_count: actions.length, actions })
  }
  const searchPath = (from: number, to: number) => `/Actions?startdate=${iso(from)}&enddate=${iso(to)}`

  it('a page of tickets, the search of every action and a date range are what JSON.stringify writes', async () => {
    for (const pageNo of [1, 2, 30])
      expect(await answer(mock, `/Tickets?pageinate=true&page_size=100&page_no=${pageNo}`)).toBe(
        ticketPage(pageNo),
      )
    const all = await answer(mock, searchPath(...everything))
    expect(all).toBe(actionSearch(...everything))
    expect((JSON.parse(all) as { record_count: number }).record_count).toBeGreaterThan(6_000)

    const from = Date.parse(mock.state.tickets.get(seed.firstTicketId + 500)?.dateoccurred as string)
    const to = from + 40 * 86_400_000
    const range = await answer(mock, searchPath(from, to))
    expect(range).toBe(actionSearch(from, to))
    expect((JSON.parse(range) as { record_count: number }).record_count).toBeGreaterThan(50)
  })

  it('after a ticket and an action are written, the answers are what JSON.stringify writes of the new records', async () => {
    const ticketId = seed.firstTicketId + 120
    await answer(mock, '/Tickets', {
      method: 'POST',
      body: JSON.stringify([{ id: ticketId, summary: 'Changed: "quoted", naïve — ✓' }]),
    })
    await answer(mock, '/Actions', {
      method: 'POST',
      body: JSON.stringify([{ ticket_id: ticketId, outcome: 'Note', note: 'A note written later 😀' }]),
    })
    const page = await answer(mock, '/Tickets?pageinate=true&page_size=100&page_no=2')
    expect(page).toBe(ticketPage(2))
    expect(page).toContain('Changed: \\"quoted\\", naïve — ✓')
    const all = await answer(mock, searchPath(...everything))
    expect(all).toBe(actionSearch(...everything))
    expect(all).toContain('A note written later 😀')
  })

  it('over HTTP, the same bytes arrive', async () => {
    const server = await startHaloMock({ mock, port: 0 })
    try {
      const get = (path: string) =>
        fetch(`${server.url}/api${path}`, { headers: { authorization: `Bearer ${mock.issueToken()}` } })
      const page = await get('/Tickets?pageinate=true&page_size=100&page_no=4')
      expect(page.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(await page.text()).toBe(ticketPage(4))
      expect(await (await get(searchPath(...everything))).text()).toBe(actionSearch(...everything))
    } finally {
      await server.close()
    }
  })
})
