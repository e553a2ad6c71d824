import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHaloCore } from '@halo/core'
import { type FaultHandle, mockCredentials, type RunningHaloMock, seed, startHaloMock } from '@halo/mock'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqliteStore, syncHalo } from '../src/index.js'
import { mirrorDifferences } from './support/mirror-comparison.js'
import { haloCall } from './support/mock-core.js'
import { SyncWorker } from './support/worker-process.js'

let server: RunningHaloMock
let dir: string
beforeAll(async () => {
  server = await startHaloMock({ port: 0, ticketCount: 1_500 })
  dir = mkdtempSync(join(tmpdir(), 'halo-sync-crash-'))
})
afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

let latency: FaultHandle | undefined
/** Every ticket page takes `ms`, so a worker is still paging when it is killed, however busy the machine. */
function pagesTake(ms: number): void {
  latency?.remove()
  latency =
    ms > 0
      ? server.mock.faults.add({ kind: 'latency', ms, match: { method: 'GET', path: '/Tickets' } })
      : undefined
}

/** Polls the SQLite file from outside the worker (WAL: readers never block the writer). */
function rowsIn(path: string, sql: string): number {
  let db: Database.Database | undefined
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
    return (db.prepare(sql).get() as { n: number }).n
  } catch {
    return 0 // no file or no table yet
  } finally {
    db?.close()
  }
}

async function killWhen(worker: SyncWorker, ready: () => boolean): Promise<void> {
  for (;;) {
    if (ready()) return worker.kill()
    if (worker.child.exitCode !== null) {
      // A worker that failed says why (its stderr); one that succeeded outran the poll.
      const results = await worker.results()
      throw new Error(`the worker finished before it could be killed: ${JSON.stringify(results)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('a sync killed with SIGKILL', () => {
  it('resumes without losing or duplicating records, and the mark moves only with committed data', async () => {
    const path = join(dir, 'halo.db')
    const config = { baseUrl: server.url, store: `sqlite:${path}`, resources: ['tickets'], concurrency: 1 }
    const core = createHaloCore({ baseUrl: server.url, ...mockCredentials, rateLimit: false })

    // 1. Killed in the middle of the first, full run: some pages are in, no mark yet.
    pagesTake(300)
    const first = new SyncWorker(config)
    await killWhen(first, () => rowsIn(path, 'SELECT count(*) AS n FROM tickets') >= 300)
    const partial = rowsIn(path, 'SELECT count(*) AS n FROM tickets')
    expect(partial).toBeGreaterThanOrEqual(300)
    expect(partial).toBeLessThan(1_500)
    expect(rowsIn(path, 'SELECT count(*) AS n FROM halo_sync_state')).toBe(0)

    // 2. The next run starts over (still full) and completes.
    pagesTake(0)
    const resumed = await new SyncWorker(config).results()
    expect(resumed[0]).toMatchObject({ resource: 'tickets', since: null, fetched: 1_500 })
    const store = sqliteStore(path)
    try {
      await store.open()
      expect(await mirrorDifferences(core, store, 'tickets')).toEqual([])
      const [mark] = await store.query('SELECT high_water_mark FROM halo_sync_state')
      const markAfterFull = mark?.high_water_mark

      // 3. Changes in Halo, then an incremental run killed after it wrote some of them.
      for (let i = 0; i < 250; i++) {
        await haloCall(server.mock, 'POST', '/Tickets', [
          { id: seed.ticketId + i * 5, summary: `changed ${i}` },
        ])
      }
      await haloCall(server.mock, 'DELETE', `/Tickets/${seed.ticketId + 1}`)
      pagesTake(1_000)
      const incremental = new SyncWorker(config)
      await killWhen(
        incremental,
        () => rowsIn(path, "SELECT count(*) AS n FROM tickets WHERE summary LIKE 'changed %'") >= 1,
      )
      expect(rowsIn(path, "SELECT count(*) AS n FROM tickets WHERE summary LIKE 'changed %'")).toBeLessThan(
        250,
      )
      expect(await store.query('SELECT high_water_mark FROM halo_sync_state')).toEqual([
        { high_water_mark: markAfterFull },
      ])

      // 4. The rerun reads the same window again: nothing lost, nothing twice.
      pagesTake(0)
      const rerun = await new SyncWorker(config).results()
      expect(rerun[0]?.since).not.toBeNull()
      expect(rerun[0]?.fetched).toBe(250)
      expect(await mirrorDifferences(core, store, 'tickets')).toEqual([])
      expect(await store.query('SELECT count(*) AS n, count(DISTINCT id) AS d FROM tickets')).toEqual([
        { n: 1_499, d: 1_499 },
      ])
      const [moved] = await store.query('SELECT high_water_mark FROM halo_sync_state')
      expect(Date.parse(String(moved?.high_water_mark))).toBeGreaterThan(Date.parse(String(markAfterFull)))
    } finally {
      await store.close()
    }
  })
})

describe('an in-process sync aborted with a signal', () => {
  it('keeps what it wrote and leaves the mark alone', async () => {
    const path = join(dir, 'aborted.db')
    const core = createHaloCore({ baseUrl: server.url, ...mockCredentials, rateLimit: false })
    const store = sqliteStore(path)
    const controller = new AbortController()
    try {
      await expect(
        syncHalo({
          core,
          store,
          resources: ['tickets'],
          concurrency: 1,
          signal: controller.signal,
          onProgress: (p) => {
            if (p.fetched >= 200) controller.abort(new Error('stop'))
          },
        }),
      ).rejects.toThrow('stop')
      expect(await store.query('SELECT count(*) AS n FROM halo_sync_state')).toEqual([{ n: 0 }])
      const [written] = await store.query('SELECT count(*) AS n FROM tickets')
      expect(Number(written?.n)).toBeGreaterThanOrEqual(200)
    } finally {
      await store.close()
    }
  })
})
