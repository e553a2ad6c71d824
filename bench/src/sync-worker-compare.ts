// The SQLite store with its connection in a worker thread (what @halo/sync ships) against the same
// mirror code on the main thread, in one run: interleaved pairs (the order alternates) of a full
// mirror into a fresh file and a re-sync after some tickets changed, at one budget scale.
// Main-thread CPU is read from /proc (Linux); "other threads" is the process's CPU less it: the
// SQLite worker plus V8's and libuv's helper threads, which both variants have.
// `pnpm --filter @halo/bench exec tsx src/sync-worker-compare.ts [--scale 100] [--pairs 3] [--tickets 20000] [--changed 200]`
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { type SyncStore, sqliteStore } from '@halo/sync'
import { inThreadSqliteStore } from './sync-in-thread-store.js'
import {
  floorMs,
  mirrorSettingsFromArguments,
  numberArgument,
  startHarness,
  syncTicketsAndActions,
} from './sync-jobs.js'
import { mainThreadCpuMs } from './thread-cpu.js'

const scale = numberArgument('scale', 100)
const pairs = numberArgument('pairs', 3)
const settings = mirrorSettingsFromArguments()

const processCpuMs = () => {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}

interface Run {
  readonly ms: number
  readonly mainCpuMs: number
  readonly otherCpuMs: number
  readonly requests: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const h = await startHarness(settings)
const variants: Record<string, (path: string) => SyncStore> = {
  'in-thread': inThreadSqliteStore,
  worker: sqliteStore,
}
const runs: Record<string, { mirror: Run[]; resync: Run[] }> = {
  'in-thread': { mirror: [], resync: [] },
  worker: { mirror: [], resync: [] },
}

async function timed(work: () => Promise<unknown>): Promise<Run> {
  // A fresh window, as a scheduled job would start with.
  await sleep(settings.budget.windowMs + 50)
  await h.halo.startJob()
  const main = mainThreadCpuMs()
  const all = processCpuMs()
  const started = performance.now()
  await work()
  const ms = performance.now() - started
  const mainCpuMs = mainThreadCpuMs() - main
  const otherCpuMs = processCpuMs() - all - mainCpuMs
  return { ms, mainCpuMs, otherCpuMs, requests: (await h.halo.jobFigures()).apiRequests }
}

const loadBefore = loadavg()[0] ?? 0
let round = 0
try {
  for (let pair = 0; pair < pairs; pair++) {
    const order = pair % 2 === 0 ? ['in-thread', 'worker'] : ['worker', 'in-thread']
    for (const name of order) {
      const dir = mkdtempSync(join(tmpdir(), 'halo-sync-compare-'))
      const store = (variants[name] as (path: string) => SyncStore)(join(dir, 'mirror.db'))
      const sync = () => syncTicketsAndActions(h, store, settings)
      try {
        const mirror = await timed(sync)
        round++
        await h.halo.changeTickets(settings.changed, round)
        const resync = await timed(sync)
        runs[name]?.mirror.push(mirror)
        runs[name]?.resync.push(resync)
        console.log(
          `pair ${pair + 1} ${name}: mirror ${(mirror.ms / 1000).toFixed(2)} s (main CPU ${(mirror.mainCpuMs / 1000).toFixed(2)} s, other threads ${(mirror.otherCpuMs / 1000).toFixed(2)} s, ${mirror.requests} requests); re-sync ${(resync.ms / 1000).toFixed(3)} s (main CPU ${(resync.mainCpuMs / 1000).toFixed(2)} s, ${resync.requests} requests), load ${(loadavg()[0] ?? 0).toFixed(1)}`,
        )
      } finally {
        await store.close()
        rmSync(dir, { recursive: true, force: true })
      }
    }
  }
} finally {
  await h.halo.close()
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
// Without a token round trip: only the run's first mirror fetches the client's token.
const mirrorFloor = floorMs(Math.ceil(settings.tickets / 100) + 1, settings, { together: 2 })
const resyncFloor = floorMs(Math.max(1, Math.ceil(settings.changed / 100)) + 1, settings, { together: 2 })
console.log(
  `\n${scale}x, ${settings.tickets} tickets, ${pairs} interleaved pairs, load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after (medians)`,
)
console.log(
  '| store | full mirror | ratio to floor | main-thread CPU | other threads CPU | re-sync | ratio | main-thread CPU |',
)
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const [name, r] of Object.entries(runs)) {
  const m = (pick: (run: Run) => number, of: Run[]) => median(of.map(pick))
  console.log(
    `| ${name} | ${(m((x) => x.ms, r.mirror) / 1000).toFixed(2)} s | ${(m((x) => x.ms, r.mirror) / mirrorFloor).toFixed(2)}x | ${(m((x) => x.mainCpuMs, r.mirror) / 1000).toFixed(2)} s | ${(m((x) => x.otherCpuMs, r.mirror) / 1000).toFixed(2)} s | ${(m((x) => x.ms, r.resync) / 1000).toFixed(3)} s | ${(m((x) => x.ms, r.resync) / resyncFloor).toFixed(2)}x | ${(m((x) => x.mainCpuMs, r.resync) / 1000).toFixed(2)} s |`,
  )
}
