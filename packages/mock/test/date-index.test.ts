// Date-filtered lists read an index (tickets by last update, actions by when they happened). Each
// answer must be exactly what a scan of every record with the documented rule keeps, in the same
// order, before and after writes, deletes and restores.
import { describe, expect, it } from 'vitest'
import { seed } from '../src/index.js'
import { useHaloMock } from './support.js'

let clock = Date.UTC(2026, 5, 1, 12, 0, 0)
const { mock, api } = useHaloMock({ ticketCount: 300, now: () => clock })

interface Envelope {
  record_count: number
  tickets?: { id: number }[]
  actions?: { ticket_id: number; id: number }[]
}

const iso = (ms: number) => new Date(ms).toISOString()
const parse = (value: unknown): number | undefined =>
  typeof value === 'string' && !value.startsWith('1900-01-01')
    ? Date.parse(/Z$/.test(value) ? value : `${value}Z`)
    : undefined
const within = (ms: number | undefined, from: number | undefined, to: number | undefined) =>
  ms !== undefined && (from === undefined || ms >= from) && (to === undefined || ms <= to)

/** The unindexed rule: every ticket in id order, kept when it was written through the API in range. */
function scanTickets(written: ReadonlyMap<number, number>, from?: number, to?: number): number[] {
  const ids = [...mock.state.tickets.ids()]
  return ids.filter((id) =>
    within(written.get(id) ?? parse(mock.state.tickets.get(id)?.last_update) ?? 0, from, to),
  )
}

/** The unindexed rule for actions: every ticket's actions, in ticket then action order, by `datetime`. */
function scanActions(from?: number, to?: number): string[] {
  const found: string[] = []
  for (const ticketId of mock.state.tickets.ids()) {
    for (const action of mock.state.actions.list(ticketId)) {
      if (within(parse(action.datetime), from, to)) found.push(`${ticketId}/${action.id}`)
    }
  }
  return found
}

async function listedTickets(from?: number, to?: number): Promise<number[]> {
  const query = [
    'datesearch=last_update',
    from === undefined ? '' : `startdate=${iso(from)}`,
    to === undefined ? '' : `enddate=${iso(to)}`,
  ].filter((part) => part !== '')
  const page = await api.json<Envelope>(`/Tickets?${query.join('&')}`)
  return (page.tickets ?? []).map((t) => t.id)
}

async function listedActions(from?: number, to?: number): Promise<string[]> {
  const query = [
    from === undefined ? '' : `startdate=${iso(from)}`,
    to === undefined ? '' : `enddate=${iso(to)}`,
  ]
  const answer = await api.json<Envelope>(`/Actions?${query.filter((part) => part !== '').join('&')}`)
  return (answer.actions ?? []).map((a) => `${a.ticket_id}/${a.id}`)
}

/** Ranges over every action time the mock holds (and the clock): open either side, narrow and wide. */
function actionRanges(): [number | undefined, number | undefined][] {
  const all = allActionTimes()
  const times = all.length > 0 ? all : [clock]
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number
  return [
    [at(0.5), undefined],
    [undefined, at(0.25)],
    [at(0.2), at(0.3)],
    [at(0.9), clock + 1],
    [Date.UTC(1900, 0, 1), clock + 86_400_000],
  ]
}

function allActionTimes(): number[] {
  const times: number[] = []
  for (const ticketId of mock.state.tickets.ids()) {
    for (const action of mock.state.actions.list(ticketId)) {
      const at = parse(action.datetime)
      if (at !== undefined) times.push(at)
    }
  }
  return times.sort((a, b) => a - b)
}

async function expectSameAsScan(written: ReadonlyMap<number, number>, since: number): Promise<void> {
  for (const [from, to] of [
    [since, undefined],
    [since, clock],
    [since + 1_500, since + 3_500],
    [undefined, since + 2_500],
    [Date.UTC(1900, 0, 1), undefined],
  ] as [number | undefined, number | undefined][]) {
    expect(await listedTickets(from, to), `tickets ${from}..${to}`).toEqual(scanTickets(written, from, to))
  }
  for (const [from, to] of actionRanges()) {
    expect(await listedActions(from, to), `actions ${from}..${to}`).toEqual(scanActions(from, to))
  }
}

describe('indexed date filters answer as a scan would', () => {
  it('before any write, after updates, creations, deletes, new actions and restores', async () => {
    const since = clock
    const written = new Map<number, number>()
    // Nothing written yet: the first queries build both indexes.
    await expectSameAsScan(written, since)

    const write = async (path: string, body: unknown) => {
      clock += 1_000
      const response = await api.post(path, body)
      expect(response.ok).toBe(true)
      // One record posted: one record answered.
      return response.json() as Promise<{ id: number }>
    }
    for (const offset of [3, 11, 50, 4]) {
      await write('/Tickets', [{ id: seed.ticketId + offset, summary: `changed ${offset}` }])
      written.set(seed.ticketId + offset, clock)
    }
    const created = await write('/Tickets', [{ summary: 'a new one' }])
    written.set(created.id, clock)
    await expectSameAsScan(written, since)

    // A new action changes its ticket and is found by when it happened.
    await write('/Actions', [{ ticket_id: seed.ticketId + 20, outcome: 'Note', note: 'late note' }])
    written.set(seed.ticketId + 20, clock)
    // A changed ticket's generated actions follow its fields (a closed ticket gains a resolution).
    await write('/Tickets', [{ id: seed.ticketId + 30, status_id: 9 }])
    written.set(seed.ticketId + 30, clock)
    await expectSameAsScan(written, since)

    // Deletes: through the API, without a trace in the request log, and of an action.
    clock += 1_000
    expect((await api.del(`/Tickets/${seed.ticketId + 11}`)).ok).toBe(true)
    mock.state.tickets.delete(seed.ticketId + 4)
    expect((await api.del(`/Actions/1?ticket_id=${seed.ticketId + 40}`)).ok).toBe(true)
    await expectSameAsScan(written, since)

    // A restored ticket is listed again under its id.
    await write('/Tickets', [{ id: seed.ticketId + 11, _recover: true }])
    written.set(seed.ticketId + 11, clock)
    await expectSameAsScan(written, since)
    expect(await listedTickets(since)).toContain(seed.ticketId + 11)
  })

  it('a change made while the first search is building the index is in the next search', () => {
    const actions = mock.state.actions
    const [first, second] = mock.state.tickets.ids() as [number, number]
    // The first search builds the index as it hands out tickets; its caller may pause in between.
    const search = actions.withActionsBetween(undefined, undefined)
    expect(search.next().value?.[0]).toBe(first)
    const at = Date.UTC(2031, 0, 1)
    actions.add(first, { outcome: 'Note', outcome_id: 0, datetime: iso(at) })
    for (const _ of search) {
      // the rest of the build
    }
    actions.add(second, { outcome: 'Note', outcome_id: 0, datetime: iso(at + 1_000) })
    const found = [...actions.withActionsBetween(at, at + 1_000)].map(([ticketId]) => ticketId)
    expect(found).toEqual([first, second])
  })
})
