// One syncHalo call syncs resources side by side (up to the store's parallelResources), and a
// parent's reconciliation still deletes a gone record's children after a child run that read them.

import { setTimeout as sleep } from 'node:timers/promises'
import { createHaloMock, seed } from '@halo/mock'
import { afterEach, describe, expect, it } from 'vitest'
import { type SyncStore, sqliteStore, syncHalo } from '../src/index.js'
import { haloCall, mockCore } from './support/mock-core.js'
import { wrappedStore } from './support/wrapped-store.js'

let store: SyncStore
afterEach(async () => {
  await store.close()
})

/** When each request reached the mock and when its answer went back, by path. */
interface Timed {
  readonly path: string
  readonly sent: number
  readonly answered: number
}

function timedCore(mock: ReturnType<typeof createHaloMock>, delayMs: number, log: Timed[]) {
  return mockCore(mock, {
    fetch: async (input, init) => {
      const request = new Request(input, init)
      const sent = performance.now()
      const response = await mock.handle(request)
      await sleep(delayMs)
      log.push({ path: new URL(request.url).pathname, sent, answered: performance.now() })
      return response
    },
  })
}

describe('resources synced side by side', () => {
  it("overlaps the actions read with the tickets' pages when the store allows it", async () => {
    const mock = createHaloMock({ ticketCount: 450 })
    const log: Timed[] = []
    store = sqliteStore(':memory:')
    expect(store.parallelResources).toBeGreaterThan(1)
    await syncHalo({ core: timedCore(mock, 40, log), store, resources: ['tickets', 'actions'] })
    const tickets = log.filter((r) => r.path === '/api/Tickets')
    const actions = log.find((r) => r.path === '/api/Actions')
    expect(tickets).toHaveLength(5)
    expect(actions).toBeDefined()
    expect(actions?.sent).toBeLessThan(Math.max(...tickets.map((r) => r.answered)))
  })

  it('syncs one resource after another for a store that does not say it can do more', async () => {
    const mock = createHaloMock({ ticketCount: 250 })
    const log: Timed[] = []
    const inner = sqliteStore(':memory:')
    // Every method but parallelResources.
    const { parallelResources: _dropped, ...sequential } = wrappedStore(inner, {})
    store = sequential
    await syncHalo({ core: timedCore(mock, 20, log), store, resources: ['tickets', 'actions'] })
    const tickets = log.filter((r) => r.path === '/api/Tickets')
    const actions = log.find((r) => r.path === '/api/Actions')
    expect(actions?.sent).toBeGreaterThanOrEqual(Math.max(...tickets.map((r) => r.answered)))
  })

  it("deletes a gone ticket's actions even when the actions run read them before Halo dropped them", async () => {
    let clock = Date.UTC(2026, 11, 1, 9, 0, 0)
    const mock = createHaloMock({ ticketCount: 120, now: () => clock })
    const now = () => clock
    store = sqliteStore(':memory:')
    const gone = seed.ticketId + 5
    await syncHalo({ core: mockCore(mock), store, resources: ['tickets'], now })
    clock += 60_000

    // The actions answer is taken before the ticket is deleted and handed back late; the tickets
    // requests wait a little, so their reconciliation sees the ticket gone while actions are in flight.
    const core = mockCore(mock, {
      fetch: async (input, init) => {
        const request = new Request(input, init)
        if (new URL(request.url).pathname === '/api/Actions') {
          const answer = await mock.handle(request)
          await haloCall(mock, 'DELETE', `/Tickets/${gone}`)
          await sleep(400)
          return answer
        }
        await sleep(50)
        return mock.handle(request)
      },
    })
    const results = await syncHalo({
      core,
      store,
      resources: ['tickets', 'actions'],
      now,
      reconcileEveryMs: 0,
    })
    expect(results.map((r) => r.resource)).toEqual(['tickets', 'actions'])
    expect(results[0]?.deleted).toBe(1)
    // The actions run wrote the gone ticket's actions; the tickets reconciliation removed them after.
    expect(results[1]?.fetched).toBeGreaterThan(120)
    expect(await store.query('SELECT count(*) AS n FROM tickets WHERE id = ?', [gone])).toEqual([{ n: 0 }])
    expect(await store.query('SELECT count(*) AS n FROM actions WHERE ticket_id = ?', [gone])).toEqual([
      { n: 0 },
    ])
    expect(
      (await store.query('SELECT count(*) AS n FROM actions WHERE ticket_id = ?', [seed.ticketId + 6]))[0]?.n,
    ).toBeGreaterThan(0)
  })

  it('lets the other resources finish, keeps their marks, and throws when one fails', async () => {
    const mock = createHaloMock({ ticketCount: 50 })
    store = sqliteStore(':memory:')
    const core = mockCore(mock, {
      retry: false,
      fetch: async (input, init) => {
        const request = new Request(input, init)
        if (new URL(request.url).pathname === '/api/Users') return new Response('{}', { status: 400 })
        return mock.handle(request)
      },
    })
    await expect(syncHalo({ core, store, resources: ['tickets', 'users', 'actions'] })).rejects.toThrow()
    const states = await store.query('SELECT resource FROM halo_sync_state ORDER BY resource')
    expect(states.map((s) => s.resource)).toContain('tickets')
    expect(states.map((s) => s.resource)).not.toContain('users')
  })

  it('lets the event loop run between the chunks of a large unpaged answer it writes', async () => {
    // About 2,400 actions (1.3 MB) in one answer: read in batches of about 64 KiB, each written
    // synchronously by SQLite.
    const mock = createHaloMock({ ticketCount: 1_000 })
    const inner = sqliteStore(':memory:')
    const events: string[] = []
    store = wrappedStore(inner, {
      parallelResources: 1,
      apply: (change) => {
        if (change.table.name === 'actions' && change.upsert !== undefined) events.push('write')
        return inner.apply(change)
      },
    })
    // A turn of the event loop, logged each time one passes (what other resources' answers wait for).
    let ticking = true
    const tick = () => {
      events.push('tick')
      if (ticking) setImmediate(tick)
    }
    setImmediate(tick)
    try {
      await syncHalo({ core: mockCore(mock), store, resources: ['actions'] })
    } finally {
      ticking = false
    }
    const writes = events.flatMap((event, i) => (event === 'write' ? [i] : []))
    expect(writes.length).toBeGreaterThanOrEqual(3)
    const between = events.slice(writes[0], writes[writes.length - 1])
    expect(between.filter((event) => event === 'tick').length).toBeGreaterThanOrEqual(writes.length - 1)
  })
})
