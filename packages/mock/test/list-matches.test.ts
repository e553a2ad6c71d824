// Each page of a filtered list asks the same query: the records it matched are kept per collection
// until the collection or its change times move, and every page then answers from them.
import { describe, expect, it } from 'vitest'
import { Query } from '../src/http/query.js'
import { seed } from '../src/index.js'
import { matchesOf } from '../src/listing/matches-cache.js'
import type { MockContext } from '../src/mock/context.js'
import { touchRecord } from '../src/store/change-times.js'
import { Collection } from '../src/store/collection.js'
import { useHaloMock } from './support.js'

const contextFor = (query: string) => ({ query: new Query(new URLSearchParams(query)) }) as MockContext

describe('matchesOf', () => {
  const collection = () =>
    new Collection('things', { records: [1, 2, 3].map((id) => ({ id, name: `thing ${id}` })) })

  it('matches once for the pages of one query, and again for another query or spec', () => {
    const things = collection()
    const spec = {}
    let matched = 0
    const match = () => {
      matched++
      return [...things.values()]
    }
    const first = matchesOf(contextFor('client_id=4&page_no=1&page_size=2'), things, spec, match)
    // Another page, its parameters spelled in another case: the same matches.
    expect(matchesOf(contextFor('PAGE_NO=2&client_id=4&page_size=2'), things, spec, match)).toBe(first)
    expect(matched).toBe(1)
    matchesOf(contextFor('client_id=5&page_no=1'), things, spec, match)
    expect(matched).toBe(2)
    matchesOf(contextFor('client_id=5&page_no=1'), things, {}, match)
    expect(matched).toBe(3)
  })

  it('matches again once a record is written, deleted or its change time recorded', () => {
    const things = collection()
    const spec = {}
    let matched = 0
    const ask = () =>
      matchesOf(contextFor('page_no=1'), things, spec, () => {
        matched++
        return [...things.values()]
      })
    ask()
    ask()
    expect(matched).toBe(1)
    things.update(2, { name: 'renamed' })
    expect(ask().map((t) => t.name)).toEqual(['thing 1', 'renamed', 'thing 3'])
    things.insert({ name: 'thing 4' })
    expect(ask()).toHaveLength(4)
    things.delete(1)
    expect(ask()).toHaveLength(3)
    touchRecord(things, 3, Date.UTC(2026, 0, 1))
    ask()
    expect(matched).toBe(5)
    ask()
    expect(matched).toBe(5)
  })
})

describe('a paged list that changes between its pages', () => {
  let clock = Date.UTC(2026, 5, 1, 12, 0, 0)
  const { api } = useHaloMock({ ticketCount: 50, now: () => clock })

  interface Page {
    readonly record_count: number
    readonly tickets: { readonly id: number }[]
  }
  const since = new Date(clock - 1).toISOString()
  const page = (pageNo: number) =>
    api.json<Page>(
      `/Tickets?datesearch=last_update&startdate=${since}&pageinate=true&page_size=2&page_no=${pageNo}`,
    )

  it('answers each page from the records as they are when it is asked', async () => {
    for (const offset of [1, 2, 3]) {
      clock += 1_000
      expect((await api.post('/Tickets', [{ id: seed.ticketId + offset, summary: 'changed' }])).ok).toBe(true)
    }
    const first = await page(1)
    expect(first.record_count).toBe(3)
    expect(first.tickets.map((t) => t.id)).toEqual([seed.ticketId + 1, seed.ticketId + 2])

    // A ticket changed between the pages.
    clock += 1_000
    expect((await api.post('/Tickets', [{ id: seed.ticketId + 9, summary: 'changed' }])).ok).toBe(true)
    const second = await page(2)
    expect(second.record_count).toBe(4)
    expect(second.tickets.map((t) => t.id)).toEqual([seed.ticketId + 3, seed.ticketId + 9])

    // A new action changes its ticket's last update without a write to the ticket list's filter fields.
    clock += 1_000
    const note = [{ ticket_id: seed.ticketId + 20, outcome: 'Note', note: 'late note' }]
    expect((await api.post('/Actions', note)).ok).toBe(true)
    const third = await page(3)
    expect(third.record_count).toBe(5)
    expect(third.tickets.map((t) => t.id)).toEqual([seed.ticketId + 20])
  })
})
