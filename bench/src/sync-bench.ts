// The full request-efficiency benchmark of @halo/sync and the jobs around it (see sync-jobs.ts).
// `pnpm --filter @halo/bench exec tsx src/sync-bench.ts [--write]`: `--write` puts the section in
// docs/PERFORMANCE.md (run-all.ts does too, with every other section).
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { emitResult } from './shared.js'
import { jobsTable } from './sync-figures.js'
import { runSyncJobs, type SyncBenchSettings } from './sync-jobs.js'
import { type SyncBenchResult, writeSyncBenchSection } from './sync-section.js'

const settings: SyncBenchSettings = {
  tickets: 20_000,
  changed: 200,
  imported: 1_000,
  names: 500,
  latencyMs: 100,
  budget: { requests: 300, windowMs: 3_000 },
  concurrency: 8,
}

const loadBefore = loadavg()[0] ?? 0
const jobs = await runSyncJobs(settings, [20, 2_000])
console.log(jobsTable(jobs))
// 201 requests at 100 per window: the limiter's cost per window shows.
const tight = {
  ...settings,
  budget: { requests: 100, windowMs: 3_000 },
  imported: 100,
  names: 50,
  changed: 200,
}
const budgetBound = (await runSyncJobs(tight)).slice(0, 2)
console.log(jobsTable(budgetBound))
const result: SyncBenchResult = {
  settings,
  jobs,
  budgetBound,
  machine: { cores: availableParallelism(), loadBefore, loadAfter: loadavg()[0] ?? 0 },
}
if (process.argv.includes('--write')) {
  const doc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/PERFORMANCE.md')
  writeSyncBenchSection(doc, result)
  console.log(`written: ${doc}`)
}
emitResult(result)
