import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHaloMock, seed } from '@halo/mock'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type SyncResult, type SyncStore, sqliteStore, syncHalo } from '../src/index.js'
import { mirrorDifferences } from './support/mirror-comparison.js'
import { haloCall, mockCore } from './support/mock-core.js'

const ALL = ['tickets', 'actions', 'users', 'clients', 'sites', 'assets', 'invoices', 'kb']
const MINUTE = 60_000

let dir: string
let store: SyncStore
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'halo-sync-'))
  store = sqliteStore(join(dir, 'halo.db'))
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const byResource = (results: SyncResult[]) => Object.fromEntries(results.map((r) => [r.resource, r]))

describe('syncHalo with SQLite against the mock', () => {
  it('mirrors everything, then fetches only what changed, and the mirror equals Halo record by record', async () => {
    let clock = Date.UTC(2026, 11, 1, 9, 0, 0)
    const mock = createHaloMock({ ticketCount: 250, now: () => clock })
    const core = mockCore(mock)
    const now = () => clock

    const first = byResource(await syncHalo({ core, store, resources: ALL, now, reconcileEveryMs: 0 }))
    expect(first.tickets).toMatchObject({ fetched: 250, upserted: 250, deleted: 0, since: null })
    // 250 tickets at 100 a page: ceil(250 / 100) requests.
    expect(first.tickets?.requests).toBe(3)
    // Every action of every ticket in one cross-ticket request.
    expect(first.actions?.requests).toBe(1)
    expect(first.actions?.fetched).toBeGreaterThan(250)
    for (const resource of ALL) expect(await mirrorDifferences(core, store, resource)).toEqual([])

    // Changes in Halo between runs: created, changed and deleted records of several kinds.
    clock += 30 * MINUTE
    const created = (await haloCall(mock, 'POST', '/Tickets', [
      { summary: 'Scanner jams', user_id: seed.userId },
    ])) as {
      id: number
    }
    await haloCall(mock, 'POST', '/Tickets', [{ id: seed.ticketId + 10, summary: 'Renamed', status_id: 2 }])
    await haloCall(mock, 'DELETE', `/Tickets/${seed.ticketId + 20}`)
    await haloCall(mock, 'POST', '/Actions', [
      { ticket_id: seed.ticketId + 30, outcome: 'Note', note: 'called back' },
    ])
    await haloCall(mock, 'DELETE', `/Actions/1?ticket_id=${seed.ticketId + 40}`)
    await haloCall(mock, 'POST', '/Users', [{ id: seed.userId, name: 'Jordan Ellis-Smith' }])
    await haloCall(mock, 'POST', '/Client', [{ name: 'Fresh Client Ltd' }])
    await haloCall(mock, 'DELETE', `/Site/${seed.siteId + 1}`)
    await haloCall(mock, 'POST', '/Asset', [{ id: seed.assetId, inventory_number: 'NL-LT-9999' }])
    await haloCall(mock, 'DELETE', `/Invoice/${seed.invoiceId}`)
    await haloCall(mock, 'POST', '/KBArticle', [
      { id: seed.kbArticleId, name: 'Reset your password (updated)' },
    ])
    clock += 10 * MINUTE

    const second = byResource(await syncHalo({ core, store, resources: ALL, now, reconcileEveryMs: 0 }))
    for (const resource of ALL) expect(await mirrorDifferences(core, store, resource)).toEqual([])
    // Incremental: only the changed tickets (new, renamed, the one with a new action), one page,
    // plus the one id-list request of the reconciliation that found the deleted ticket.
    expect(second.tickets).toMatchObject({ fetched: 3, deleted: 1, requests: 2 })
    expect(second.tickets?.since).toBe(new Date(Date.UTC(2026, 11, 1, 9, 0, 0) - 5 * MINUTE).toISOString())
    expect(second.users).toMatchObject({ fetched: 1, requests: 2 })
    expect(second.clients).toMatchObject({ fetched: 1, requests: 2 })
    expect(second.sites).toMatchObject({ fetched: 0, deleted: 1, requests: 2 })
    expect(second.assets).toMatchObject({ fetched: 1, requests: 2 })
    // The deleted ticket's actions and the deleted action left the mirror.
    const orphans = await store.query('SELECT count(*) AS n FROM actions WHERE ticket_id = ?', [
      seed.ticketId + 20,
    ])
    expect(orphans).toEqual([{ n: 0 }])
    expect(await store.query('SELECT summary FROM tickets WHERE id = ?', [created.id])).toEqual([
      { summary: 'Scanner jams' },
    ])

    // Nothing changed since: an incremental run reads nothing and reconciles nothing (not due).
    clock += 10 * MINUTE
    const third = byResource(await syncHalo({ core, store, now }))
    expect(third.tickets).toMatchObject({ fetched: 0, upserted: 0, deleted: 0, requests: 1 })
    expect(Object.keys(third)).toEqual(['tickets', 'actions', 'users', 'clients', 'sites', 'assets'])
  })

  it('keeps the mark in halo_sync_state and moves it only forward', async () => {
    let clock = Date.UTC(2026, 11, 2, 9, 0, 0)
    const mock = createHaloMock({ ticketCount: 30, now: () => clock })
    const core = mockCore(mock)
    await syncHalo({ core, store, resources: ['tickets'], now: () => clock })
    const [state] = await store.query('SELECT * FROM halo_sync_state')
    expect(state).toMatchObject({ resource: 'tickets', high_water_mark: new Date(clock).toISOString() })
    clock += MINUTE
    await syncHalo({ core, store, resources: ['tickets'], now: () => clock })
    const [later] = await store.query('SELECT high_water_mark FROM halo_sync_state')
    expect(later).toEqual({ high_water_mark: new Date(clock).toISOString() })
  })

  it('full: true reads everything again and removes rows Halo no longer has', async () => {
    const mock = createHaloMock({ ticketCount: 40 })
    const core = mockCore(mock)
    await syncHalo({ core, store, resources: ['tickets'] })
    mock.state.tickets.delete(seed.ticketId + 5) // gone without an API trace
    const [result] = await syncHalo({ core, store, resources: ['tickets'], full: true })
    expect(result).toMatchObject({ fetched: 39, upserted: 39, deleted: 1, requests: 1, since: null })
    expect(await mirrorDifferences(core, store, 'tickets')).toEqual([])
  })

  it('adds a column when Halo starts sending a new field, keeping every row and value', async () => {
    let clock = Date.UTC(2026, 11, 3, 9, 0, 0)
    const mock = createHaloMock({ ticketCount: 20, now: () => clock })
    const core = mockCore(mock)
    await syncHalo({ core, store, resources: ['tickets'], now: () => clock })
    const before = await store.query('SELECT id, summary FROM tickets ORDER BY id')
    const columns = async () => (await store.query('PRAGMA table_info(tickets)')).map((c) => c.name)
    expect(await columns()).not.toContain('cf_region')

    clock += 10 * MINUTE
    await haloCall(mock, 'POST', '/Tickets', [{ id: seed.ticketId + 1, cf_region: 'North', cf_score: 4.5 }])
    clock += 10 * MINUTE
    await syncHalo({ core, store, resources: ['tickets'], now: () => clock })

    expect(await columns()).toEqual(expect.arrayContaining(['cf_region', 'cf_score']))
    expect(
      await store.query('SELECT cf_region, cf_score FROM tickets WHERE id = ?', [seed.ticketId + 1]),
    ).toEqual([{ cf_region: 'North', cf_score: 4.5 }])
    expect(await store.query('SELECT id, summary FROM tickets ORDER BY id')).toEqual(before)
    expect(await store.query('SELECT count(*) AS n FROM tickets WHERE cf_region IS NULL')).toEqual([
      { n: 19 },
    ])
  })

  it('an unknown resource name says which ones exist', async () => {
    const core = mockCore(createHaloMock())
    await expect(syncHalo({ core, store, resources: ['tickts'] })).rejects.toThrow(
      'unknown resource "tickts"; choose from tickets, actions',
    )
  })

  it('a resource listed twice is refused before any request', async () => {
    const mock = createHaloMock()
    await expect(
      syncHalo({ core: mockCore(mock), store, resources: ['tickets', 'actions', 'tickets'] }),
    ).rejects.toThrow(new RangeError('@halo/sync: resource "tickets" is listed twice in resources'))
    expect(mock.requests).toEqual([])
  })
})
