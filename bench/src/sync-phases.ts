// Where a sync's time goes: a timeline of the re-sync that follows a full mirror (or, with
// `--mirror`, of the full mirror itself), to 0.1 ms, with a timestamp for each store call (open,
// each resource lock asked for and taken, mark read, each write with its schema check, reconcile's
// key read, the mark's commit) and for each request leaving the client and its answer arriving.
// `pnpm --filter @halo/bench exec tsx src/sync-phases.ts [--tickets 20000] [--changed 200] [--scale 100] [--mirror]`
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type SyncStore, sqliteStore } from '@halo/sync'
import { mirrorSettingsFromArguments, startHarness, syncTicketsAndActions } from './sync-jobs.js'
import { mainThreadCpuMs } from './thread-cpu.js'

const settings = mirrorSettingsFromArguments()

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
  // What the store promises the engine (symbol-keyed: it applies calls in the order made, it takes
  // records as JSON texts) carries over, so the engine drives it as it drives the store itself.
  const promises = Object.fromEntries(
    Object.getOwnPropertySymbols(store).map((key) => [
      key,
      (store as unknown as Record<symbol, unknown>)[key],
    ]),
  )
  return {
    ...promises,
    kind: store.kind,
    ...(store.parallelResources === undefined ? {} : { parallelResources: store.parallelResources }),
    open: () => timed('store open', () => store.open()),
    close: () => store.close(),
    withResourceLock: (resource, work, wait) => {
      mark(`lock ${resource} …`)
      return store.withResourceLock(
        resource,
        () => {
          mark(`locked ${resource}`)
          return work()
        },
        wait,
      )
    },
    readState: (resource) => timed(`read mark of ${resource}`, () => store.readState(resource)),
    writeState: (state) => timed(`commit mark of ${state.resource}`, () => store.writeState(state)),
    apply: (change) => {
      // The SQLite store takes records as the JSON text Halo sent, with their count.
      const { upsertJson } = change as typeof change & { readonly upsertJson?: { readonly count: number } }
      const parts = [
        change.upsert === undefined ? '' : `${change.upsert.length} rows`,
        upsertJson === undefined ? '' : `${upsertJson.count} rows as JSON`,
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
const sync = () => syncTicketsAndActions(h, store, settings)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const cpuSeconds = (used: NodeJS.CpuUsage) => seconds((used.user + used.system) / 1000)
/** The client's CPU since `cpu`, every thread and of it the main thread's (the rest is mostly the SQLite worker). */
const clientCpu = (cpu: NodeJS.CpuUsage, mainAtStart: number) =>
  `client CPU ${cpuSeconds(process.cpuUsage(cpu))} (main thread ${seconds(mainThreadCpuMs() - mainAtStart)})`
const printMarks = () => {
  for (const m of marks) console.log(`${m.at.toFixed(1).padStart(8)} ms  ${m.what}`)
}

/** Changes tickets, waits for a fresh window, and traces the re-sync. */
async function traceResync(): Promise<void> {
  await h.halo.changeTickets(settings.changed, 1)
  await sleep(settings.budget.windowMs + 50)
  await h.halo.startJob()
  tracing = true
  marks.length = 0
  origin = performance.now()
  const cpu = process.cpuUsage()
  const main = mainThreadCpuMs()
  await sync()
  const ms = performance.now() - origin
  const used = clientCpu(cpu, main)
  const seen = await h.halo.jobFigures()
  console.log(
    `re-sync after ${settings.changed} changes: ${seconds(ms)}, ${seen.apiRequests} requests, ${used}, simulated Halo CPU ${seconds(seen.cpuMs)}`,
  )
  printMarks()
}

try {
  const traceMirror = process.argv.includes('--mirror')
  // A fresh window, as every job of the benchmark starts with (the simulated Halo's warm-up spent
  // some of the last one and created tickets that must lie before the re-sync's overlap margin).
  await sleep(settings.budget.windowMs + 50)
  await h.halo.startJob()
  tracing = traceMirror
  origin = performance.now()
  const cpu = process.cpuUsage()
  const main = mainThreadCpuMs()
  await sync()
  tracing = false
  console.log(`full mirror: ${seconds(performance.now() - origin)}, ${clientCpu(cpu, main)}`)
  if (traceMirror) printMarks()
  else await traceResync()
} finally {
  await store.close()
  await h.halo.close()
  rmSync(dir, { recursive: true, force: true })
}
