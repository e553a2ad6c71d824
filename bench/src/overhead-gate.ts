// CI gate on the client's own cost per request: `npm test` runs it after the build. It is a
// benchmark, not a timed test: @halo/core and ofetch alone run interleaved in the same process, on
// the same stub fetch, and the gate fails only on the ratio of their medians.
//
// Why ofetch alone: every attempt of @halo/core goes through ofetch (docs/decisions/0004), so the
// gap is what Halo's rules on top cost (limiter, token, redirects checked by hand, capped body read
// under the attempt's deadline, error mapping, hooks). The gate is the goal itself, 1.15x, with no
// allowance on top: measured at 0.98x-1.03x for one ticket on a shared 2-core box at load average
// 28 to 39, and 0.77x-1.07x for a page of 100 (whose median swings by a third from run to run under
// such load), so the page has the thinner margin. A run above 1.15x is worth a second run before a
// profile; two in a row are not noise.
import { OFETCH_ALONE, runStubFetchBench, type StubBody } from './stub-fetch.js'

const GATE = 1.15
const BASELINE = OFETCH_ALONE
const GATED = ['@halo/core getTicket (rateLimit: false)', '@halo/core getTicket (rate limiter on)']

let failed = false
for (const kind of ['ticket', 'page'] as const satisfies readonly StubBody[]) {
  const { tasks, bodyBytes } = await runStubFetchBench(kind, { peers: false })
  const base = tasks.find((task) => task.name === BASELINE)
  if (base === undefined) throw new Error(`no ${BASELINE} result`)
  for (const name of GATED) {
    const task = tasks.find((candidate) => candidate.name === name)
    if (task === undefined) throw new Error(`no ${name} result`)
    const ratio = task.p50Us / base.p50Us
    const ok = ratio <= GATE
    if (!ok) failed = true
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${kind} (${(bodyBytes / 1000).toFixed(1)} kB): ${name} ${ratio.toFixed(2)}x of ofetch alone (gate ${GATE}x)`,
    )
  }
}
if (failed) {
  console.error(
    `@halo/core's own cost per request is over ${GATE}x of ofetch alone. ` +
      'Profile with bench/src/profile-core.ts; see docs/PERFORMANCE.md and docs/decisions/0004.',
  )
  process.exit(1)
}
