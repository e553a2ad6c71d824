// Real jobs against the simulated Halo with Halo's page caps, a 300-requests budget per window
// (5 minutes scaled down to a few seconds) and a simulated network latency, each measured against
// its floor: the fewest requests the API allows, spent as fast as the budget and the latency allow.
import { createHaloCore, type HaloCore } from '@halo/core'
import { agents } from '@halo/crm'
import { createHaloMock, type HaloMock, mockCredentials, seed } from '@halo/mock'
import { rowsToCsv } from '@halo/reporting'
import { sqliteStore, syncHalo } from '@halo/sync'
import { listTickets, tickets } from '@halo/tickets'
import type { JobFigures } from './sync-figures.js'

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

/**
 * The shortest time `requests` can take: the first request alone (it tells how many pages there
 * are), the rest in waves of `concurrency`, each wave one latency; and never faster than the budget
 * allows (a full window per `budget` requests after the first budget).
 */
export function floorMs(requests: number, s: SyncBenchSettings, firstAlone = true): number {
  const waves = firstAlone
    ? 1 + Math.ceil(Math.max(0, requests - 1) / s.concurrency)
    : Math.ceil(requests / s.concurrency)
  const latencyBound = waves * s.latencyMs
  const budgetBound =
    Math.floor(Math.max(0, requests - 1) / s.budget.requests) * s.budget.windowMs + s.latencyMs
  return Math.max(latencyBound, budgetBound)
}

interface Harness {
  readonly mock: HaloMock
  readonly core: HaloCore
  readonly now: () => number
  serverMs: number
}

/**
 * An in-process Halo behind a fetch that spends half the latency before the mock sees the request
 * and half after it answers (the mock counts its window on arrival, as Halo does). The clock runs a
 * few years ahead so every seeded record lies in the past.
 */
function harness(s: SyncBenchSettings): Harness {
  const shift = Date.UTC(2029, 0, 1) - Date.now()
  const now = () => Date.now() + shift
  const mock = createHaloMock({ ticketCount: s.tickets, rateLimit: s.budget, now })
  const half = s.latencyMs / 2
  const h: Harness = { mock, core: undefined as unknown as HaloCore, now, serverMs: 0 }
  const core = createHaloCore({
    baseUrl: 'https://halo.example.test',
    // Given, so no AuthInfo discovery request is spent (the floor counts only the job's requests).
    authUrl: 'https://halo.example.test/auth',
    ...mockCredentials,
    rateLimit: s.budget,
    maxConcurrency: s.concurrency,
    fetch: async (input, init) => {
      await sleep(half)
      const started = performance.now()
      const response = await mock.handle(new Request(input, init))
      const body = await response.arrayBuffer()
      h.serverMs += performance.now() - started
      await sleep(half)
      return new Response(body, { status: response.status, headers: response.headers })
    },
  })
  return Object.assign(h, { core })
}

async function measure(
  h: Harness,
  s: SyncBenchSettings,
  job: string,
  floorRequests: number,
  work: () => Promise<unknown>,
  firstAlone = true,
): Promise<JobFigures> {
  // Each job starts with a fresh window, as a scheduled job would.
  await sleep(s.budget.windowMs + 50)
  h.mock.clearRequests()
  h.serverMs = 0
  const started = performance.now()
  await work()
  const ms = performance.now() - started
  const api = h.mock.requests.filter((r) => r.path.toLowerCase().startsWith('/api/'))
  return {
    job,
    requests: api.length,
    floorRequests,
    ms,
    floorMs: floorMs(floorRequests, s, firstAlone),
    status429: api.filter((r) => r.status === 429).length,
    serverMs: h.serverMs,
  }
}

/** Changes `count` tickets through the API, outside any measurement. */
async function changeTickets(h: Harness, count: number, round: number): Promise<void> {
  const token = h.mock.issueToken()
  for (let start = 0; start < count; start += PAGE) {
    const batch = Array.from({ length: Math.min(PAGE, count - start) }, (_, i) => ({
      id: seed.ticketId + (start + i) * 7,
      summary: `changed in round ${round}`,
    }))
    const response = await h.mock.handle(
      new Request('https://halo.example.test/api/Tickets', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(batch),
      }),
    )
    if (!response.ok) throw new Error(`changing tickets: ${response.status}`)
  }
}

export async function runSyncJobs(
  s: SyncBenchSettings,
  extraResyncs: readonly number[] = [],
): Promise<JobFigures[]> {
  const h = harness(s)
  const store = sqliteStore(':memory:')
  const figures: JobFigures[] = []
  // The 5-minute overlap, scaled down with the 5-minute window.
  const overlapMs = s.budget.windowMs
  try {
    const ticketPages = Math.ceil(s.tickets / PAGE)
    figures.push(
      await measure(h, s, `full mirror: ${s.tickets} tickets + their actions`, ticketPages + 1, () =>
        syncHalo({ core: h.core, store, resources: ['tickets', 'actions'], now: h.now, overlapMs }),
      ),
    )
    let round = 0
    for (const changed of [s.changed, ...extraResyncs]) {
      round++
      await sleep(10)
      await changeTickets(h, changed, round)
      figures.push(
        await measure(
          h,
          s,
          `re-sync after ${changed} tickets changed`,
          Math.max(1, Math.ceil(changed / PAGE)) + 1,
          () => syncHalo({ core: h.core, store, resources: ['tickets', 'actions'], now: h.now, overlapMs }),
        ),
      )
    }
    figures.push(
      await measure(h, s, `export ${s.tickets} tickets to CSV`, ticketPages, async () => {
        const rows: Record<string, unknown>[] = []
        for await (const ticket of listTickets(h.core)) rows.push(ticket as Record<string, unknown>)
        return rowsToCsv(rows)
      }),
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
        false,
      ),
    )
    const agentNames = [...h.mock.state.agents.values()].map((a) => String(a.name))
    figures.push(
      await measure(h, s, `resolve ${s.names} agent names to ids`, 1, async () => {
        const lookup = agents(h.core)
        for (let i = 0; i < s.names; i++) await lookup.idOf(agentNames[i % agentNames.length] as string)
      }),
    )
  } finally {
    await store.close()
  }
  return figures
}
