// Real jobs against the simulated Halo with Halo's page caps, a 300-requests budget per window
// (5 minutes scaled down to a few seconds) and a simulated network latency, each measured against
// its floor: the fewest requests the API allows, spent as fast as the budget and the latency allow.
import { once } from 'node:events'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHaloCore, type HaloCore } from '@halo/core'
import { agents } from '@halo/crm'
import { mockCredentials, seed } from '@halo/mock'
import { type ExportRow, streamRowsToCsv } from '@halo/reporting'
import { type SyncStore, sqliteStore, syncHalo } from '@halo/sync'
import { listTickets, tickets } from '@halo/tickets'
import type { JobFigures } from './sync-figures.js'
import { type RemoteHalo, startRemoteHalo } from './sync-halo-remote.js'
import { drainMirrorRequests } from './sync-reference.js'
import { mainThreadCpuMs } from './thread-cpu.js'

export interface SyncBenchSettings {
  readonly tickets: number
  /** Records changed before the re-sync: 1% of `tickets` by default. */
  readonly changed: number
  readonly imported: number
  readonly names: number
  readonly latencyMs: number
  readonly budget: { readonly requests: number; readonly windowMs: number }
  /** Requests in flight at once (the core's `maxConcurrency`). */
  readonly concurrency: number
}

const PAGE = 100
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** How a job's requests can start. */
export interface FloorStart {
  /**
   * Requests that go out at once at the start (the first page of each list read, and requests that
   * need no page count); the others wait for the first answer. Default 1.
   */
  readonly together?: number
  /** The client holds no token yet: one round trip for it comes before the first request. */
  readonly fetchesToken?: boolean
}

/** How long the simulated Halo took to answer a job's requests (halo-answer-times.ts). */
export interface HaloAnswers {
  /** Each API request's, in arrival order. */
  readonly requests: readonly number[]
  /** The token request's, when the job fetched one. */
  readonly token?: number | undefined
}

/**
 * The shortest time `requests` can take: a token's round trip first when the client has none, then
 * the first `together` requests at once, the others once the first answer has said how many pages
 * there are; as many in flight as `concurrency` allows (a request leaves once all but
 * `concurrency - 1` of those before it have answered); each answered one latency after it left,
 * plus the simulated Halo's own time to answer it when `answers` gives it (with them, the fastest
 * any client could be against this Halo); never more than `budget.requests` arriving at Halo within
 * one window (Halo counts a request when it arrives). Each request goes at the earliest moment all
 * of these allow, in order; the client's CPU counts for nothing.
 */
export function floorMs(
  requests: number,
  s: SyncBenchSettings,
  start: FloorStart = {},
  answers?: HaloAnswers,
): number {
  if (requests <= 0) return 0
  const together = start.together ?? 1
  const sent: number[] = []
  const answered: number[] = []
  for (let i = 0; i < requests; i++) {
    let at = Math.max(i < together ? 0 : (answered[0] as number), sent[i - 1] ?? 0)
    if (i >= s.concurrency) at = Math.max(at, largest(answered, s.concurrency))
    if (i >= s.budget.requests) at = Math.max(at, (sent[i - s.budget.requests] as number) + s.budget.windowMs)
    sent.push(at)
    answered.push(at + s.latencyMs + (answers?.requests[i] ?? 0))
  }
  const tokenMs = start.fetchesToken === true ? s.latencyMs + (answers?.token ?? 0) : 0
  return tokenMs + Math.max(...answered)
}

/** The `k`th largest of `values`. */
function largest(values: readonly number[], k: number): number {
  return [...values].sort((a, b) => b - a)[k - 1] as number
}

/** `--name N` from the command line, or `fallback`. */
export function numberArgument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  return at < 0 ? fallback : Number(process.argv[at + 1])
}

/** A tickets-and-actions mirror job's settings from `--tickets`, `--changed` and `--scale` (Halo's 300 per 5 minutes, that many times faster). */
export function mirrorSettingsFromArguments(): SyncBenchSettings {
  return {
    tickets: numberArgument('tickets', 20_000),
    changed: numberArgument('changed', 200),
    imported: 0,
    names: 0,
    latencyMs: 100,
    budget: { requests: 300, windowMs: 300_000 / numberArgument('scale', 100) },
    concurrency: 8,
  }
}

export interface Harness {
  readonly halo: RemoteHalo
  readonly core: HaloCore
  readonly now: () => number
}

/** Told when a request leaves the client (after the first half of the latency) and when its answer's headers are in. */
export type FetchTrace = (event: 'sent' | 'answered', url: string) => void

/**
 * The simulated Halo in its own process (its CPU is not the client's, as a real Halo's is not),
 * behind a fetch that spends half the latency before the request leaves and half after the answer's
 * headers arrive (the mock counts its window on arrival, as Halo does). The clock runs a few years ahead
 * so every seeded record lies in the past.
 */
export async function startHarness(s: SyncBenchSettings, trace?: FetchTrace): Promise<Harness> {
  const clockShiftMs = Date.UTC(2029, 0, 1) - Date.now()
  const now = () => Date.now() + clockShiftMs
  const halo = await startRemoteHalo({ tickets: s.tickets, budget: s.budget, clockShiftMs })
  const half = s.latencyMs / 2
  const core = createHaloCore({
    baseUrl: halo.url,
    // Given, so no AuthInfo discovery request is spent (the floor counts only the job's requests).
    authUrl: `${halo.url}/auth`,
    ...mockCredentials,
    rateLimit: s.budget,
    maxConcurrency: s.concurrency,
    // The answer is handed over as it came (its body still streaming in), so the client pays no copy
    // a real one would not.
    fetch: async (input, init) => {
      await sleep(half)
      trace?.('sent', String(input))
      const response = await fetch(input, init)
      trace?.('answered', String(input))
      await sleep(half)
      return response
    },
  })
  return { halo, core, now }
}

/** Syncs tickets and their actions into `store`, with the 5-minute overlap scaled down with the window. */
export function syncTicketsAndActions(h: Harness, store: SyncStore, s: SyncBenchSettings) {
  return syncHalo({
    core: h.core,
    store,
    resources: ['tickets', 'actions'],
    now: h.now,
    overlapMs: s.budget.windowMs,
  })
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000

async function measure(
  h: Harness,
  s: SyncBenchSettings,
  job: string,
  floorRequests: number,
  work: () => Promise<unknown>,
  start: FloorStart = {},
): Promise<JobFigures> {
  // Each job starts with a fresh window, as a scheduled job would.
  await sleep(s.budget.windowMs + 50)
  await h.halo.startJob()
  const cpuAtStart = process.cpuUsage()
  const mainAtStart = mainThreadCpuMs()
  const started = performance.now()
  await work()
  const ms = performance.now() - started
  const clientCpuMs = cpuMs(process.cpuUsage(cpuAtStart))
  const mainCpuMs = mainThreadCpuMs() - mainAtStart
  const seen = await h.halo.jobFigures()
  // The floor's token round trip is the job's need, not what the client did; the two must agree.
  const fetchedToken = seen.tokenRequests > 0
  if (fetchedToken !== (start.fetchesToken === true)) {
    throw new Error(
      `sync bench: "${job}" ${fetchedToken ? 'fetched' : 'did not fetch'} a token; its floor assumed the opposite`,
    )
  }
  return {
    job,
    requests: seen.apiRequests,
    floorRequests,
    ms,
    floorMs: floorMs(floorRequests, s, start),
    haloFloorMs: floorMs(floorRequests, s, start, { requests: seen.answerMs, token: seen.tokenAnswerMs[0] }),
    status429: seen.status429,
    clientCpuMs,
    mainThreadCpuMs: mainCpuMs,
    haloCpuMs: seen.cpuMs,
  }
}

/**
 * Every ticket into a CSV file, written a page at a time as the pages arrive (as `halo export` and
 * `streamRowsToCsv`'s own example do): converting them all once the last page is in would add its
 * 130 to 170 ms for 20,000 tickets after the last answer, and hold every row in memory.
 */
async function exportTicketsToCsv(core: HaloCore, path: string): Promise<void> {
  async function* pages(): AsyncGenerator<readonly ExportRow[]> {
    for await (const page of listTickets(core).pages()) yield page.records as ExportRow[]
  }
  const file = createWriteStream(path)
  for await (const text of streamRowsToCsv(pages())) {
    if (!file.write(text)) await once(file, 'drain')
  }
  file.end()
  await once(file, 'close')
}

/** The harness's own share of a mirror (sync-reference.ts); the client is warm by then. */
export const REFERENCE_JOB = "reference: the full mirror's requests, answers drained unread"

/** `all`: every job; `sync`: the full mirror and the re-syncs only. */
export type JobSet = 'all' | 'sync'

export async function runSyncJobs(
  s: SyncBenchSettings,
  extraResyncs: readonly number[] = [],
  jobSet: JobSet = 'all',
): Promise<JobFigures[]> {
  const h = await startHarness(s)
  // A mirror file, as a user's would be.
  const dir = mkdtempSync(join(tmpdir(), 'halo-sync-bench-'))
  const store = sqliteStore(join(dir, 'mirror.db'))
  const figures: JobFigures[] = []
  try {
    const ticketPages = Math.ceil(s.tickets / PAGE)
    figures.push(
      await measure(
        h,
        s,
        `full mirror: ${s.tickets} tickets + their actions`,
        ticketPages + 1,
        () => syncTicketsAndActions(h, store, s),
        // The first ticket page and the one request for every action, after the client's first token.
        { together: 2, fetchesToken: true },
      ),
    )
    let round = 0
    for (const changed of [s.changed, ...extraResyncs]) {
      round++
      await sleep(10)
      await h.halo.changeTickets(changed, round)
      figures.push(
        await measure(
          h,
          s,
          `re-sync after ${changed} tickets changed`,
          Math.max(1, Math.ceil(changed / PAGE)) + 1,
          () => syncTicketsAndActions(h, store, s),
          { together: 2 },
        ),
      )
    }
    if (jobSet === 'sync') return figures
    figures.push(
      await measure(
        h,
        s,
        REFERENCE_JOB,
        ticketPages + 1,
        () =>
          drainMirrorRequests(h.core, {
            pages: ticketPages,
            pageSize: PAGE,
            concurrency: s.concurrency,
            until: new Date(h.now()).toISOString(),
          }),
        { together: 2 },
      ),
    )
    figures.push(
      await measure(h, s, `export ${s.tickets} tickets to CSV`, ticketPages, () =>
        exportTicketsToCsv(h.core, join(dir, 'tickets.csv')),
      ),
    )
    figures.push(
      await measure(
        h,
        s,
        `import ${s.imported} tickets`,
        Math.ceil(s.imported / PAGE),
        () =>
          tickets(h.core).createMany(
            Array.from({ length: s.imported }, (_, i) => ({
              summary: `Imported ${i}`,
              tickettype_id: seed.ticketTypeId,
            })),
          ),
        // No POST waits for another's answer.
        { together: Math.ceil(s.imported / PAGE) },
      ),
    )
    const agentNames = await h.halo.agentNames()
    figures.push(
      await measure(h, s, `resolve ${s.names} agent names to ids`, 1, async () => {
        const lookup = agents(h.core)
        for (let i = 0; i < s.names; i++) await lookup.idOf(agentNames[i % agentNames.length] as string)
      }),
    )
  } finally {
    await store.close()
    await h.halo.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return figures
}
