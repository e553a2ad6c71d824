import { setTimeout as sleep } from 'node:timers/promises'
import { createHaloCore } from '@halo/core'
import { mockCredentials, type RunningHaloMock, seed, startHaloMock } from '@halo/mock'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postgresStore, type SyncStore, syncHalo } from '../src/index.js'
import { LOCK_POLL_MS } from '../src/store/lock-wait.js'
import { SCHEMA_LOCK_KEY } from '../src/store/postgres-store.js'
import { mirrorDifferences } from './support/mirror-comparison.js'
import { haloCall } from './support/mock-core.js'
import { freshDatabase, redisUrl, serversAvailable } from './support/servers.js'
import { SyncWorker, type WorkerLine } from './support/worker-process.js'

const RESOURCES = ['tickets', 'actions', 'users', 'clients', 'sites', 'assets']
const BUDGET = { requests: 12, windowMs: 1_000 }

/** [first, last] progress time of each resource in one worker: inside its lock (a wait is told before it). */
function lockSpans(lines: readonly WorkerLine[]): Map<string, [number, number]> {
  const spans = new Map<string, [number, number]>()
  for (const line of lines) {
    if (line.event !== 'progress' || line.phase === 'waiting') continue
    const span = spans.get(line.resource)
    spans.set(line.resource, span === undefined ? [line.at, line.at] : [span[0], line.at])
  }
  return spans
}

describe.skipIf(!serversAvailable)('two sync processes on one Postgres and one Redis', () => {
  let server: RunningHaloMock
  beforeAll(async () => {
    // Halo's 429 when a window is overspent, at a budget scaled down in time.
    server = await startHaloMock({ port: 0, ticketCount: 1_200, rateLimit: BUDGET })
  })
  afterAll(() => server.close())

  it('share one budget with zero 429s, never sync one resource at once, and agree with Halo', async () => {
    const database = await freshDatabase()
    const config = { baseUrl: server.url, store: database, redisUrl, rateLimit: BUDGET, concurrency: 4 }
    const a = new SyncWorker({ ...config, resources: RESOURCES })
    const b = new SyncWorker({ ...config, resources: [...RESOURCES].reverse() })
    const [resultsA, resultsB] = await Promise.all([a.results(), b.results()])

    const statuses = server.mock.requests
      .filter((r) => r.path.toLowerCase().startsWith('/api/'))
      .map((r) => r.status)
    expect(statuses.filter((s) => s === 429)).toEqual([])
    expect(statuses.length).toBeGreaterThan(2 * BUDGET.requests)

    // Each resource was read in full exactly once; the other process then found it synced.
    for (const resource of RESOURCES) {
      const runs = [...resultsA, ...resultsB].filter((r) => r.resource === resource)
      expect(runs.map((r) => r.since === null).sort()).toEqual([false, true])
      const [spanA, spanB] = [lockSpans(a.lines).get(resource), lockSpans(b.lines).get(resource)]
      if (spanA !== undefined && spanB !== undefined) {
        expect(spanA[1] < spanB[0] || spanB[1] < spanA[0]).toBe(true)
      }
    }
    expect(a.lines.some((l) => l.event === 'progress')).toBe(true)

    const store = postgresStore(database)
    const core = createHaloCore({ baseUrl: server.url, ...mockCredentials, rateLimit: BUDGET })
    try {
      await store.open()
      for (const resource of RESOURCES) expect(await mirrorDifferences(core, store, resource)).toEqual([])
    } finally {
      await store.close()
    }
  })
})

/** pg_locks lists every database's locks: these tests look at their own fresh database's only. */
const THIS_DATABASE = '(SELECT oid FROM pg_database WHERE datname = current_database())'

/** Waits until Postgres lists one advisory lock request as not granted: someone waits on a lock. */
async function expectOneAdvisoryWaiter(db: pg.Client): Promise<void> {
  await expect
    .poll(
      async () =>
        (
          await db.query(
            `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = ${THIS_DATABASE}`,
          )
        ).rowCount,
      { timeout: 20_000, interval: 50 },
    )
    .toBe(1)
}

describe.skipIf(!serversAvailable)('postgresStore opened by several processes at once', () => {
  // Concurrent CREATE TABLE IF NOT EXISTS races in Postgres ("type … already exists"): two sync
  // processes starting together on a new mirror met it. The table is created under a lock.
  it('creates its state table under the schema lock, waiting while another holds it', async () => {
    const url = await freshDatabase()
    const holder = new pg.Client({ connectionString: url })
    await holder.connect()
    const store = postgresStore(url)
    try {
      await holder.query('SELECT pg_advisory_lock(hashtext($1))', [SCHEMA_LOCK_KEY])
      let opened = false
      const opening = store.open().then(() => {
        opened = true
      })
      // The open waits on the lock: Postgres lists its request as not granted.
      await expectOneAdvisoryWaiter(holder)
      expect(opened).toBe(false)
      await holder.query('SELECT pg_advisory_unlock(hashtext($1))', [SCHEMA_LOCK_KEY])
      await opening
      expect(await store.query('SELECT count(*)::int AS n FROM halo_sync_state')).toEqual([{ n: 0 }])
    } finally {
      await store.close()
      await holder.end()
    }
  })

  it("says once that a resource's run waits while another holds its lock, runs once it is free, and stops waiting when aborted", async () => {
    const url = await freshDatabase()
    const holder = new pg.Client({ connectionString: url })
    await holder.connect()
    const store = postgresStore(url)
    const lockKey = ['halo_sync:tickets']
    try {
      await store.open()
      let waits = 0
      const onWait = () => waits++
      // A free lock: taken at once, no wait told.
      await store.withResourceLock('tickets', async () => {}, { onWait })
      expect(waits).toBe(0)

      await holder.query('SELECT pg_advisory_lock(hashtext($1))', lockKey)
      let ran = false
      const run = store.withResourceLock(
        'tickets',
        async () => {
          ran = true
        },
        { onWait },
      )
      await expect.poll(() => waits, { timeout: 20_000, interval: 20 }).toBe(1)
      await sleep(3 * LOCK_POLL_MS)
      expect(ran).toBe(false)
      await holder.query('SELECT pg_advisory_unlock(hashtext($1))', lockKey)
      await run
      expect(ran).toBe(true)
      expect(waits).toBe(1)

      // Aborted while it waits: it rejects with the reason and never takes the lock.
      await holder.query('SELECT pg_advisory_lock(hashtext($1))', lockKey)
      const stop = new AbortController()
      let abortedRan = false
      const aborted = store.withResourceLock(
        'tickets',
        async () => {
          abortedRan = true
        },
        { onWait, signal: stop.signal },
      )
      await expect.poll(() => waits, { timeout: 20_000, interval: 20 }).toBe(2)
      stop.abort(new Error('shutting down'))
      await expect(aborted).rejects.toThrow('shutting down')
      await holder.query('SELECT pg_advisory_unlock(hashtext($1))', lockKey)
      await sleep(3 * LOCK_POLL_MS)
      expect(abortedRan).toBe(false)
      const holders = await holder.query(
        `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = ${THIS_DATABASE}`,
      )
      expect(holders.rowCount).toBe(0)
    } finally {
      await store.close()
      await holder.end()
    }
  })

  it('opens on a fresh database from many connections at the same moment', async () => {
    const url = await freshDatabase()
    const stores = Array.from({ length: 8 }, () => postgresStore(url))
    try {
      await Promise.all(stores.map((store) => store.open()))
    } finally {
      await Promise.all(stores.map((store) => store.close()))
    }
  })
})

describe.skipIf(!serversAvailable)('postgresStore', () => {
  let store: SyncStore
  let server: RunningHaloMock
  beforeAll(async () => {
    server = await startHaloMock({ port: 0, ticketCount: 150 })
    store = postgresStore(await freshDatabase())
  })
  afterAll(async () => {
    await store.close()
    await server.close()
  })

  it('keeps typed columns, jsonb records and the mark, and follows changes, deletions and new fields', async () => {
    const core = createHaloCore({ baseUrl: server.url, ...mockCredentials, rateLimit: false })
    let clock = Date.now()
    await syncHalo({ core, store, resources: ['tickets', 'actions'], now: () => clock, reconcileEveryMs: 0 })
    const columns = await store.query(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'tickets' AND column_name IN ('id', 'summary', 'status_id', 'onhold', '_json', '_synced_at') ORDER BY column_name`,
    )
    expect(columns).toEqual([
      { column_name: '_json', data_type: 'jsonb' },
      { column_name: '_synced_at', data_type: 'timestamp with time zone' },
      { column_name: 'id', data_type: 'bigint' },
      { column_name: 'onhold', data_type: 'boolean' },
      { column_name: 'status_id', data_type: 'double precision' },
      { column_name: 'summary', data_type: 'text' },
    ])
    expect(
      await store.query(`SELECT _json->>'summary' AS s FROM tickets WHERE id = $1`, [seed.ticketId]),
    ).toEqual([{ s: 'Outlook keeps asking for a password' }])

    await haloCall(server.mock, 'POST', '/Tickets', [
      { id: seed.ticketId + 2, summary: 'Changed', cf_site_code: 'LDS' },
    ])
    await haloCall(server.mock, 'DELETE', `/Tickets/${seed.ticketId + 3}`)
    clock = Date.now()
    const [tickets, actions] = await syncHalo({
      core,
      store,
      resources: ['tickets', 'actions'],
      now: () => clock,
      reconcileEveryMs: 0,
    })
    expect(tickets).toMatchObject({ fetched: 1, deleted: 1, requests: 2 })
    expect(actions?.requests).toBe(2)
    expect(await store.query('SELECT cf_site_code FROM tickets WHERE id = $1', [seed.ticketId + 2])).toEqual([
      { cf_site_code: 'LDS' },
    ])
    for (const resource of ['tickets', 'actions'])
      expect(await mirrorDifferences(core, store, resource)).toEqual([])
    const states = await store.query(`SELECT high_water_mark FROM halo_sync_state WHERE resource = 'tickets'`)
    expect(states).toEqual([{ high_water_mark: new Date(clock) }])
  })
})
