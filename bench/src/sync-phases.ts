// Where a re-sync's time goes: a timeline of one full mirror's follow-up re-sync, with a timestamp
// for each store call (open, mark read, each write with its schema check, reconcile's key read,
// the mark's commit) and for each request leaving the client and its answer arriving.
// `pnpm --filter @halo/bench exec tsx src/sync-phases.ts [--tickets 20000] [--changed 200]`
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type SyncStore, sqliteStore, syncHalo } from '@halo/sync'
import { type SyncBenchSettings, startHarness } from './sync-jobs.js'

const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  return at < 0 ? fallback : Number(process.argv[at + 1])
}

const settings: SyncBenchSettings = {
  tickets: argument('tickets', 20_000),
  changed: argument('changed', 200),
  imported: 0,
  names: 0,
  latencyMs: 100,
  budget: { requests: 300, windowMs: 3_000 },
  concurrency: 8,
}

interface Mark {
  readonly at: number
  readonly what: string
}

const marks: Mark[] = []
let origin = performance.now()
const mark = (what: string) => marks.push({ at: performance.now() - origin, what })

/** The store, with a mark when each call starts and ends. */
function timedStore(store: SyncStore): SyncStore {
  const timed = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
    mark(`${what} …`)
    try {
      return await call()
    } finally {
      mark(`${what} done`)
    }
  }
  return {
    kind: store.kind,
    parallelResources: store.parallelResources,
    open: () => timed('store open', () => store.open()),
    close: () => store.close(),
    withResourceLock: (resource, work) => store.withResourceLock(resource, work),
    readState: (resource) => timed(`read mark of ${resource}`, () => store.readState(resource)),
    writeState: (state) => timed(`commit mark of ${state.resource}`, () => store.writeState(state)),
    apply: (change) => {
      const parts = [
        change.upsert === undefined ? '' : `${change.upsert.length} rows`,
        change.deleteKeys === undefined ? '' : `delete ${change.deleteKeys.length} keys`,
        change.deleteSyncedBefore === undefined ? '' : 'delete unseen',
      ].filter((p) => p !== '')
      return timed(`write ${change.table.name} (schema check + ${parts.join(', ')})`, () =>
        store.apply(change),
      )
    },
    keys: (table) => timed(`reconcile: read keys of ${table.name}`, () => store.keys(table)),
    query: (sql, params) => store.query(sql, params),
  }
}

const shortUrl = (url: string) => {
  const parsed = new URL(url)
  return `${parsed.pathname}?${[...parsed.searchParams.keys()].join('&')}`
}

let tracing = false
const h = await startHarness(settings, (event, url) => {
  if (tracing) mark(`${event === 'sent' ? 'request sent' : 'answer headers'}: ${shortUrl(url)}`)
})
const dir = mkdtempSync(join(tmpdir(), 'halo-sync-phases-'))
const store = timedStore(sqliteStore(join(dir, 'mirror.db')))
const sync = () =>
  syncHalo({
    core: h.core,
    store,
    resources: ['tickets', 'actions'],
    now: h.now,
    overlapMs: settings.budget.windowMs,
  })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
try {
  let started = performance.now()
  const mirrorCpu = process.cpuUsage()
  await sync()
  const mirrorUsed = process.cpuUsage(mirrorCpu)
  console.log(
    `full mirror: ${((performance.now() - started) / 1000).toFixed(2)} s, client CPU ${((mirrorUsed.user + mirrorUsed.system) / 1e6).toFixed(2)} s`,
  )
  await h.halo.changeTickets(settings.changed, 1)
  await sleep(settings.budget.windowMs + 50)
  await h.halo.startJob()
  tracing = true
  marks.length = 0
  origin = performance.now()
  started = origin
  const cpu = process.cpuUsage()
  await sync()
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  const seen = await h.halo.jobFigures()
  console.log(
    `re-sync after ${settings.changed} changes: ${(ms / 1000).toFixed(2)} s, ${seen.apiRequests} requests, client CPU ${((used.user + used.system) / 1e6).toFixed(2)} s, simulated Halo CPU ${(seen.cpuMs / 1000).toFixed(2)} s`,
  )
  for (const m of marks) console.log(`${m.at.toFixed(0).padStart(6)} ms  ${m.what}`)
} finally {
  await store.close()
  await h.halo.close()
  rmSync(dir, { recursive: true, force: true })
}
