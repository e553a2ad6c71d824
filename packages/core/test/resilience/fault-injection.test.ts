// Thousands of calls through the simulated Halo while it misbehaves. Every call must end in success
// or a typed HaloError, nothing may escape as an unhandled rejection, memory must stay flat, retried
// writes must never duplicate a ticket, and the circuit breaker must shield a failing Halo and let
// it back in once it heals. The figures are printed, and written into docs/RELIABILITY.md with
// HALO_RELIABILITY_REPORT=1.
import { createHaloMock, mockCredentials, seed } from '@halo/mock'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHaloCore, type HaloCore, type HaloCoreOptions, isHaloError } from '../../src/index.js'
import {
  exposeGc,
  type FaultLedger,
  type FaultName,
  megabytes,
  runPool,
  settledHeap,
  startFaultyHalo,
} from './support/fault-harness.js'
import { publishFigures, renderTables, table } from './support/figures.js'

const WINDOW = { requests: 10_000_000, windowMs: 300_000 }
// Halo's 429 text names the mock's window; a generous one keeps the learned limit out of the way.
const mock = createHaloMock({ rateLimit: WINDOW, seed: 42 })
let halo: Awaited<ReturnType<typeof startFaultyHalo>>
let ledger: FaultLedger

const API_PATHS = /^\/api\/(tickets|client)/i
const CONCURRENCY = 16
// Sized to what the GET phase proves: every fault kind is met many times, and two measured batches
// are large enough that a leak of 2 KB per call (less than one retained response) shows above the
// noise of a settled heap (well under 1 MB here).
const WARM_UP = 200
const BATCH = 1_000
const GET_CALLS = WARM_UP + 2 * BATCH
/** The most a leak-free batch may grow the settled heap, per call. */
const MAX_GROWTH_PER_CALL = 2_048
const POSTS = 250
// Honest timeouts: the GET phase took 34 s on a 2-core machine at a load average of 22 (other
// builds and suites running beside it); the limit leaves five times that.
const PHASE_TIMEOUT_MS = 180_000

function client(overrides: Partial<HaloCoreOptions> = {}): HaloCore {
  return createHaloCore({
    baseUrl: halo.running.url,
    ...mockCredentials,
    rateLimit: WINDOW,
    maxConcurrency: CONCURRENCY,
    // Generous for a loaded 2-core machine (p99 of a healthy call is ~200 ms at 16 in flight).
    timeoutMs: 1_500,
    retry: { retries: 4, baseDelayMs: 1, maxDelayMs: 8 },
    // The default threshold with a short cool-down: should a stall of the machine ever open the
    // circuit, it costs little.
    circuitBreaker: { failureThreshold: 10, cooldownMs: 250 },
    ...overrides,
  })
}

const unhandled: unknown[] = []
const recordUnhandled = (reason: unknown): void => {
  unhandled.push(reason)
}

interface Tally {
  calls: number
  successes: number
  readonly errors: Map<string, number>
  readonly untyped: unknown[]
}

function tally(): Tally {
  return { calls: 0, successes: 0, errors: new Map(), untyped: [] }
}

function settle(into: Tally, error: unknown): void {
  if (isHaloError(error)) into.errors.set(error.name, (into.errors.get(error.name) ?? 0) + 1)
  else into.untyped.push(error)
}

const errorsText = (t: Tally): string => [...t.errors].map(([name, n]) => `${name} ${n}`).join(', ') || 'none'

// Figures collected by the phases, rendered at the end.
const getTally = tally()
const survived = new Map<FaultName, number>()
const getFigures: {
  heap: number[]
  seconds: number
  attempts: number
  responses429: number
  injected: Map<FaultName, number>
} = { heap: [], seconds: 0, attempts: 0, responses429: 0, injected: new Map() }
const writes = {
  safe: { posts: 0, confirmed: 0, records: 0, duplicates: 0, lost: 0, unknownFateCreated: 0, tally: tally() },
  unsafe: { posts: 0, duplicates: 0 },
  injected: new Map<FaultName, number>(),
}
const outage = {
  calls: 0,
  refusedFast: 0,
  attemptsWithBreaker: 0,
  callsWithout: 0,
  attemptsWithout: 0,
  refusedWhileHealing: 0,
  afterHealing: 0,
  afterHealingOk: 0,
}

let callSeq = 0
/** One GET of a realistic mix; the x-call header lets the ledger tie attempts to calls. */
async function getCall(core: HaloCore, index: number, into: Tally): Promise<void> {
  callSeq += 1
  const id = `c${callSeq}`
  const headers = { 'x-call': id }
  into.calls += 1
  try {
    switch (index % 4) {
      case 0:
        await core.get(`/Tickets/${seed.firstTicketId + (index % 100)}`, { headers })
        break
      case 1:
        await core.get('/Tickets', {
          headers,
          query: { pageinate: true, page_size: 25, page_no: 1 + (index % 4) },
        })
        break
      case 2:
        await core.get(`/Client/${seed.clientId}`, { headers })
        break
      default:
        await core.get('/Tickets', { headers, query: { open_only: true, count: 10 } })
    }
    into.successes += 1
    for (const fault of ledger.byCall.get(id) ?? []) survived.set(fault, (survived.get(fault) ?? 0) + 1)
  } catch (error) {
    settle(into, error)
  }
  ledger.byCall.delete(id)
}

function armGetFaults(): void {
  mock.faults.clear()
  const match = { path: API_PATHS }
  mock.faults.add({ kind: 'reset', probability: 0.03, match })
  mock.faults.add({ kind: 'timeout', probability: 0.005, match })
  mock.faults.add({ kind: 'status', status: 502, probability: 0.02, match })
  mock.faults.add({ kind: 'status', status: 503, probability: 0.02, match })
  mock.faults.add({ kind: 'html', status: 503, probability: 0.02, match })
  mock.faults.add({ kind: 'malformed-json', probability: 0.02, match: { ...match, method: 'GET' } })
}

/** Runs `count` GETs; every 400th call starts a burst of 24 answers of 429. */
async function getBatch(core: HaloCore, count: number): Promise<void> {
  await runPool(count, CONCURRENCY, async (index) => {
    if (index % 400 === 200) mock.faults.add({ kind: 'rate-limit', times: 24, match: { path: API_PATHS } })
    await getCall(core, index, getTally)
  })
}

beforeAll(async () => {
  halo = await startFaultyHalo(mock, { reset: 0.05, gateway: 0.05 })
  ledger = halo.ledger
  process.on('unhandledRejection', recordUnhandled)
})

afterAll(async () => {
  await halo.running.close()
  process.off('unhandledRejection', recordUnhandled)
  const injectedRow = (map: Map<FaultName, number>) =>
    [...map].map(([name, n]) => `${name} ${n}`).join(', ') || 'none'
  const getFaults = [...getFigures.injected].reduce((sum, [, n]) => sum + n, 0)
  const getSurvived = [...survived].reduce((sum, [, n]) => sum + n, 0)
  const [heapWarm = 0, heapA = 0, heapB = 0] = getFigures.heap
  const tables = [
    table(
      `Faulty GETs: ${getTally.calls} calls, ${CONCURRENCY} at a time, through @halo/mock on a loopback server`,
      ['fault', 'injected', 'survived (call still succeeded)'],
      [...getFigures.injected].map(([name, n]) => [name, n, survived.get(name) ?? 0]),
    ),
    table(
      'GET outcome',
      ['figure', 'value'],
      [
        ['calls', getTally.calls],
        ['attempts reaching Halo (token and discovery included)', getFigures.attempts],
        ['faults injected / survived', `${getFaults} / ${getSurvived}`],
        ['429 answers', getFigures.responses429],
        ['succeeded', getTally.successes],
        ['typed errors', errorsText(getTally)],
        ['untyped errors', getTally.untyped.length],
        ['unhandled rejections', unhandled.length],
        [
          'throughput',
          `${Math.round(getTally.calls / getFigures.seconds)} calls/s (${getFigures.seconds.toFixed(1)} s)`,
        ],
        [
          `heap after GC: warm-up / +${BATCH} calls / +${BATCH} calls`,
          `${megabytes(heapWarm)} / ${megabytes(heapA)} / ${megabytes(heapB)} (${((heapB - heapA) / BATCH).toFixed(0)} bytes per call)`,
        ],
      ],
    ),
    table(
      'Ticket POSTs through faults before and after Halo processed them',
      ['figure', 'value'],
      [
        ['POSTs sent (one unique summary each)', writes.safe.posts],
        ['faults injected', injectedRow(writes.injected)],
        ['confirmed to the caller', writes.safe.confirmed],
        ['typed errors', errorsText(writes.safe.tally)],
        ['tickets Halo holds', writes.safe.records],
        ['**duplicate tickets**', `**${writes.safe.duplicates}**`],
        ['confirmed but missing (lost)', writes.safe.lost],
        [
          'failed for the caller but created (fate unknown, reported as such)',
          writes.safe.unknownFateCreated,
        ],
        [
          'same run with retryUnsafeWrites: true: duplicates',
          `${writes.unsafe.duplicates} of ${writes.unsafe.posts} POSTs`,
        ],
      ],
    ),
    table(
      'Circuit breaker: Halo answers 503 to everything, then heals',
      ['figure', 'value'],
      [
        ['calls during the outage (breaker on, threshold 10, cool-down 250 ms)', outage.calls],
        ['attempts that reached Halo', outage.attemptsWithBreaker],
        ['calls refused at once (HaloCircuitOpenError)', outage.refusedFast],
        ['same outage, breaker off: calls / attempts', `${outage.callsWithout} / ${outage.attemptsWithout}`],
        ['calls refused after healing, before the probe closed it', outage.refusedWhileHealing],
        ['calls after recovery / succeeded', `${outage.afterHealing} / ${outage.afterHealingOk}`],
      ],
    ),
  ]
  const markdown = renderTables(tables)
  console.log(`\nFault-injection figures\n\n${markdown}\n`)
  publishFigures('fault-suite', markdown)
})

describe('fault injection against @halo/mock', () => {
  it(
    `${GET_CALLS} GETs through resets, timeouts, 502/503, HTML pages, malformed JSON and 429 bursts: success or a typed error, flat memory`,
    async () => {
      const gc = exposeGc()
      armGetFaults()
      const core = client()
      const started = performance.now()
      await getBatch(core, WARM_UP) // warm-up: JIT, token, caches
      mock.clearRequests()
      getFigures.heap.push(await settledHeap(gc))
      await getBatch(core, BATCH)
      mock.clearRequests()
      getFigures.heap.push(await settledHeap(gc))
      await getBatch(core, BATCH)
      mock.clearRequests()
      getFigures.heap.push(await settledHeap(gc))
      getFigures.seconds = (performance.now() - started) / 1000
      getFigures.attempts = ledger.attempts
      getFigures.responses429 = ledger.responses429
      for (const [name, n] of ledger.injected) getFigures.injected.set(name, n)

      expect(getTally.calls).toBe(GET_CALLS)
      expect(getTally.untyped).toEqual([])
      expect(getTally.successes + [...getTally.errors.values()].reduce((a, b) => a + b, 0)).toBe(GET_CALLS)
      // Every kind of fault was actually injected, and most calls rode them out.
      for (const kind of [
        'reset',
        'timeout',
        'status 502/503',
        'html page',
        'malformed json',
        '429',
      ] as const)
        expect(getFigures.injected.get(kind) ?? 0).toBeGreaterThan(0)
      expect(getTally.successes).toBeGreaterThan(GET_CALLS * 0.9)
      expect(unhandled).toEqual([])
      // Flat memory: the second batch leaves the heap where the first did, within 2 KB per call
      // (one retained response per call would add several KB each).
      const [, heapA = 0, heapB = 0] = getFigures.heap
      expect(heapB - heapA).toBeLessThan(BATCH * MAX_GROWTH_PER_CALL)
    },
    PHASE_TIMEOUT_MS,
  )

  it(
    'POSTs through faults that strike after Halo processed them never duplicate a ticket',
    async () => {
      mock.faults.clear()
      const match = { method: 'POST', path: /^\/api\/tickets$/i }
      const before = new Map(ledger.injected)
      mock.faults.add({ kind: 'reset', probability: 0.04, match })
      mock.faults.add({ kind: 'status', status: 503, probability: 0.04, match })
      mock.faults.add({ kind: 'rate-limit', probability: 0.03, match })
      mock.faults.add({ kind: 'malformed-json', probability: 0.05, match })
      const core = client()
      const initial = mock.state.tickets.size
      const posts = POSTS
      const confirmed = new Set<string>()
      await runPool(posts, CONCURRENCY, async (index) => {
        const summary = `resilience-safe-${index}`
        writes.safe.posts += 1
        try {
          await core.post('/Tickets', [{ summary, tickettype_id: seed.ticketTypeId }])
          confirmed.add(summary)
        } catch (error) {
          settle(writes.safe.tally, error)
        }
      })
      for (const [name, n] of ledger.injected) {
        const delta = n - (before.get(name) ?? 0)
        if (delta > 0) writes.injected.set(name, delta)
      }
      const bySummary = new Map<string, number>()
      for (const ticket of mock.state.tickets.filter((t) => String(t.summary).startsWith('resilience-safe-')))
        bySummary.set(String(ticket.summary), (bySummary.get(String(ticket.summary)) ?? 0) + 1)
      writes.safe.confirmed = confirmed.size
      writes.safe.records = mock.state.tickets.size - initial
      writes.safe.duplicates = [...bySummary.values()].reduce((sum, n) => sum + n - 1, 0)
      writes.safe.lost = [...confirmed].filter((summary) => !bySummary.has(summary)).length
      writes.safe.unknownFateCreated = [...bySummary.keys()].filter(
        (summary) => !confirmed.has(summary),
      ).length

      expect(writes.safe.tally.untyped).toEqual([])
      expect(writes.injected.get('reset after processing') ?? 0).toBeGreaterThan(0)
      expect(writes.injected.get('502/504 after processing') ?? 0).toBeGreaterThan(0)
      expect(writes.injected.get('malformed json') ?? 0).toBeGreaterThan(0)
      expect(writes.safe.duplicates).toBe(0)
      expect(writes.safe.lost).toBe(0)
      // About a quarter of the POSTs meet a fault that leaves their fate unknown (a write answered
      // 503/502/504, cut, or malformed is not replayed): most still go through.
      expect(writes.safe.confirmed).toBeGreaterThan(posts * 0.6)

      // The same faults with replays of unknown-fate writes switched on do duplicate tickets: the
      // count above is able to see them.
      const unsafe = client({ retry: { retries: 4, baseDelayMs: 1, maxDelayMs: 8, retryUnsafeWrites: true } })
      await runPool(posts, CONCURRENCY, async (index) => {
        writes.unsafe.posts += 1
        await unsafe
          .post('/Tickets', [{ summary: `resilience-unsafe-${index}`, tickettype_id: seed.ticketTypeId }])
          .catch(() => undefined)
      })
      const unsafeCounts = new Map<string, number>()
      for (const ticket of mock.state.tickets.filter((t) =>
        String(t.summary).startsWith('resilience-unsafe-'),
      ))
        unsafeCounts.set(String(ticket.summary), (unsafeCounts.get(String(ticket.summary)) ?? 0) + 1)
      writes.unsafe.duplicates = [...unsafeCounts.values()].reduce((sum, n) => sum + n - 1, 0)
      expect(writes.unsafe.duplicates).toBeGreaterThan(0)
      expect(unhandled).toEqual([])
    },
    PHASE_TIMEOUT_MS,
  )

  it(
    'the circuit breaker shields a failing Halo and lets it back in when it heals',
    async () => {
      mock.faults.clear()
      const down = mock.faults.add({ kind: 'status', status: 503, match: { path: API_PATHS } })
      const callAttempts = () => mock.requests.filter((entry) => API_PATHS.test(entry.path)).length
      const outageTally = tally()
      const breaking = client()
      await breaking.getAccessToken()
      mock.clearRequests()
      await runPool(300, CONCURRENCY, (index) => getCall(breaking, index, outageTally))
      outage.calls = outageTally.calls
      outage.attemptsWithBreaker = callAttempts()
      outage.refusedFast = outageTally.errors.get('HaloCircuitOpenError') ?? 0

      // Counted by the client as well as by Halo: on a loaded machine an attempt can time out before
      // the simulated Halo has logged it, so Halo may see a few less than the client made.
      let attemptsMadeWithout = 0
      const unshielded = client({
        circuitBreaker: false,
        hooks: {
          onEnd: (event) => {
            // API calls only: the token request ends through the same hook
            if (API_PATHS.test(new URL(event.url).pathname)) attemptsMadeWithout += event.attempts
          },
        },
      })
      await unshielded.getAccessToken()
      mock.clearRequests()
      const unshieldedTally = tally()
      await runPool(100, CONCURRENCY, (index) => getCall(unshielded, index, unshieldedTally))
      outage.callsWithout = unshieldedTally.calls
      outage.attemptsWithout = callAttempts()

      expect(outageTally.untyped).toEqual([])
      expect(outageTally.successes).toBe(0)
      expect(outage.refusedFast).toBeGreaterThan(outage.calls * 0.8)
      // Without the breaker every call makes its 5 attempts; with it, Halo sees a small fraction.
      expect(attemptsMadeWithout).toBe(500)
      expect(outage.attemptsWithout).toBeLessThanOrEqual(500)
      expect(outage.attemptsWithout).toBeGreaterThan(outage.attemptsWithBreaker)
      expect(outage.attemptsWithBreaker).toBeLessThan(outage.calls)

      // Halo heals. The next call after the cool-down is the probe; once it succeeds, all flow.
      down.remove()
      let recovered = false
      for (let tries = 0; tries < 100 && !recovered; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        try {
          await breaking.get('/Tickets', { query: { count: 1 } })
          recovered = true
        } catch (error) {
          expect(isHaloError(error)).toBe(true)
          outage.refusedWhileHealing += 1
        }
      }
      expect(recovered).toBe(true)
      const healed = tally()
      await runPool(200, CONCURRENCY, (index) => getCall(breaking, index, healed))
      outage.afterHealing = healed.calls
      outage.afterHealingOk = healed.successes
      expect(healed.successes).toBe(200)
      expect(unhandled).toEqual([])
    },
    PHASE_TIMEOUT_MS,
  )
})
