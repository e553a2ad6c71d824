// CI gate on request efficiency: a short form of sync-bench.ts. Fails when a job spends more than
// 2% over its floor of requests (the fewest the API allows), or meets a 429. Time is printed, not
// gated: it depends on the machine.
import { jobsTable } from './sync-figures.js'
import { runSyncJobs } from './sync-jobs.js'

const GATE = 1.02
const jobs = await runSyncJobs({
  tickets: 2_000,
  changed: 20,
  imported: 200,
  names: 100,
  latencyMs: 20,
  budget: { requests: 300, windowMs: 1_000 },
  concurrency: 8,
})
console.log(jobsTable(jobs))
const failures = jobs.filter((job) => job.requests > job.floorRequests * GATE || job.status429 > 0)
for (const job of failures) {
  console.error(
    `FAIL ${job.job}: ${job.requests} requests for a floor of ${job.floorRequests} (gate ${GATE}x), ${job.status429} answered 429`,
  )
}
if (failures.length > 0) process.exit(1)
console.log(`ok   every job within ${GATE}x of its request floor, no 429`)
