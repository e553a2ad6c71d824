// The full request-efficiency benchmark of @halo/sync and the jobs around it (see sync-jobs.ts).
// `pnpm --filter @halo/bench exec tsx src/sync-bench.ts [--scale N] [--write]`
//
// Halo's budget is 300 requests per 5 minutes; the benchmark runs it N times faster in time (300 per
// 300/N s). CPU cannot be scaled: at 100x a request's budget slot (10 ms) is close to the client's
// CPU per request, so a job that needs more than one window's budget is CPU-bound whatever the
// limiter does; at 10x the slot is 100 ms and the budget binds as it does against a real tenant.
// Without `--scale`, every job runs at 100x and the full mirror and a re-sync again at 10x (what
// docs/PERFORMANCE.md shows); `--scale N` runs every job at that scale alone. `--write` puts the
// section in docs/PERFORMANCE.md (run-all.ts does too, with every other section).
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { emitResult } from './shared.js'
import { jobsTable } from './sync-figures.js'
import { type JobSet, runSyncJobs, type SyncBenchSettings } from './sync-jobs.js'
import { type ScaleRun, type SyncBenchResult, writeSyncBenchSection } from './sync-section.js'

/** Halo's budget: 300 requests per rolling 5 minutes. */
const HALO_WINDOW_MS = 5 * 60_000

function settingsAt(scale: number): SyncBenchSettings {
  return {
    tickets: 20_000,
    changed: 200,
    imported: 1_000,
    names: 500,
    latencyMs: 100,
    budget: { requests: 300, windowMs: HALO_WINDOW_MS / scale },
    concurrency: 8,
  }
}

async function runAt(scale: number, jobSet: JobSet): Promise<ScaleRun> {
  const settings = settingsAt(scale)
  const jobs = await runSyncJobs(settings, jobSet === 'all' ? [20, 2_000] : [], jobSet)
  console.log(`\n${scale}x (${settings.budget.requests} per ${settings.budget.windowMs / 1000} s):`)
  console.log(jobsTable(jobs))
  // A mirror larger than one window's budget (401 requests for 300 a window): the budget binds.
  const larger = { ...settings, tickets: 40_000, changed: 400 }
  const budgetBound = await runSyncJobs(larger, [], 'sync')
  console.log(jobsTable(budgetBound))
  return { scale, settings, jobs, budgetBoundSettings: larger, budgetBound }
}

const at = process.argv.indexOf('--scale')
const scales: [number, JobSet][] =
  at < 0
    ? [
        [100, 'all'],
        [10, 'sync'],
      ]
    : [[Number(process.argv[at + 1]), 'all']]
for (const [scale] of scales) {
  if (!Number.isFinite(scale) || scale <= 0)
    throw new RangeError(`--scale takes a number above 0 (got ${scale})`)
}

const loadBefore = loadavg()[0] ?? 0
const runs: ScaleRun[] = []
for (const [scale, jobSet] of scales) runs.push(await runAt(scale, jobSet))
const result: SyncBenchResult = {
  runs,
  machine: { cores: availableParallelism(), loadBefore, loadAfter: loadavg()[0] ?? 0 },
}
if (process.argv.includes('--write')) {
  const doc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/PERFORMANCE.md')
  writeSyncBenchSection(doc, result)
  console.log(`written: ${doc}`)
}
emitResult(result)
