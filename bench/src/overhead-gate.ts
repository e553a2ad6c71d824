// CI gate on the client's own cost per request: `npm test` runs it after the build. It is a
// benchmark, not a timed test: @halo/core and ofetch alone run interleaved in the same process, on
// the same stub fetch, and the gate fails only on the ratio of their medians.
//
// Why ofetch alone: every attempt of @halo/core goes through ofetch (docs/decisions/0004), so the
// gap is what Halo's rules on top cost (limiter, token, redirects checked by hand, capped body read
// under the attempt's deadline, error mapping, hooks). The gate is the goal itself, 1.15x, with no
// allowance on top: measured at 0.98x-1.03x for one ticket on a shared 2-core box at load average
// 28 to 39, and 0.77x-1.07x for a page of 100, whose median swings by a third from run to run under
// such load. Once a clean CI run showed a page at 1.50x without the limiter while the same client
// with the limiter on (strictly more work) showed 1.03x: a neighbour's burst, not the code.
//
// So a body kind that goes over the gate is measured again, up to three runs, and the gate fails only
// when the same client is over it in every run: a real regression of 15% shows in every run, while a
// clean CI run has shown one client at 1.18x and another at 1.22x in a first run and at 0.69x and
// 0.98x in the second.
import { OFETCH_ALONE, runStubFetchBench, type StubBody } from './stub-fetch.js'

const GATE = 1.15
const BASELINE = OFETCH_ALONE
const GATED = ['@halo/core getTicket (rateLimit: false)', '@halo/core getTicket (rate limiter on)'] as const
const RUNS = 3

/** Each gated client's ratio to ofetch alone, in one interleaved run. */
async function measure(kind: StubBody): Promise<{ bodyBytes: number; ratios: Map<string, number> }> {
  const { tasks, bodyBytes } = await runStubFetchBench(kind, { peers: false })
  const p50Of = (name: string) => {
    const task = tasks.find((candidate) => candidate.name === name)
    if (task === undefined) throw new Error(`no ${name} result`)
    return task.p50Us
  }
  const base = p50Of(BASELINE)
  return { bodyBytes, ratios: new Map(GATED.map((name) => [name, p50Of(name) / base])) }
}

let failed = false
for (const kind of ['ticket', 'page'] as const satisfies readonly StubBody[]) {
  // The clients over the gate in every run so far; a run where one is within it clears it.
  let over: Set<string> = new Set(GATED)
  for (let run = 1; run <= RUNS && over.size > 0; run++) {
    const { bodyBytes, ratios } = await measure(kind)
    const stillOver = new Set<string>()
    for (const name of over) {
      const ratio = ratios.get(name) as number
      const ok = ratio <= GATE
      if (!ok) stillOver.add(name)
      const verdict = ok ? 'ok  ' : run < RUNS ? 'over' : 'FAIL'
      console.log(
        `${verdict} ${kind} (${(bodyBytes / 1000).toFixed(1)} kB) run ${run}: ${name} ${ratio.toFixed(2)}x of ofetch alone (gate ${GATE}x)`,
      )
    }
    if (stillOver.size > 0 && run < RUNS)
      console.log(`  measuring ${kind} again: one run over the gate may be noise`)
    over = stillOver
  }
  if (over.size > 0) failed = true
}
if (failed) {
  console.error(
    `@halo/core's own cost per request is over ${GATE}x of ofetch alone in ${RUNS} runs in a row. ` +
      'Profile with bench/src/profile-core.ts; see docs/PERFORMANCE.md and docs/decisions/0004.',
  )
  process.exit(1)
}
