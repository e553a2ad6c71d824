// Rate limiter efficiency: a burst of three windows' budget against the simulated Halo enforcing the
// same rolling window. The theoretical minimum is two full windows (the first budget goes at once,
// the second a window later, the third two windows later) plus one round trip; the client should
// come close to it without a single 429.
import { createHaloCore } from '@halo/core'
import { listTicketTypes } from '@halo/tickets'
import { startMockProcess } from './mock-process.js'
import { emitResult } from './shared.js'

const REQUESTS_PER_WINDOW = Number(process.env.BENCH_LIMIT_REQUESTS ?? 20)
const WINDOW_MS = Number(process.env.BENCH_LIMIT_WINDOW_MS ?? 1000)
const BURST = REQUESTS_PER_WINDOW * 3

export interface RateLimiterRun {
  readonly requestsPerWindow: number
  readonly windowMs: number
  readonly burst: number
  readonly roundTripMs: number
  readonly theoreticalMinimumMs: number
  readonly elapsedMs: number
  readonly overheadPercent: number
  readonly status429: number
  readonly retries: number
}

/**
 * The first run tells the client exactly the server's window; the others a slightly longer one, to
 * show the margin a client-side clock needs (the server counts a request when it arrives, the
 * client when it sends it, and arrival delays differ within a burst).
 */
export type RateLimiterResult = ReadonlyArray<RateLimiterRun & { readonly clientWindowMs: number }>

export async function runRateLimiterBench(): Promise<RateLimiterResult> {
  const runs: Array<RateLimiterRun & { clientWindowMs: number }> = []
  for (const factor of [1, 1.02, 1.05]) {
    const clientWindowMs = Math.round(WINDOW_MS * factor)
    runs.push({ ...(await runBurst(clientWindowMs)), clientWindowMs })
  }
  return runs
}

async function runBurst(clientWindowMs: number): Promise<RateLimiterRun> {
  const mock = await startMockProcess(['--rate-limit', `${REQUESTS_PER_WINDOW}/${WINDOW_MS}`])
  try {
    const statuses: number[] = []
    let retries = 0
    const core = createHaloCore({
      baseUrl: mock.url,
      clientId: mock.clientId,
      clientSecret: mock.clientSecret,
      rateLimit: { requests: REQUESTS_PER_WINDOW, windowMs: clientWindowMs },
      maxConcurrency: REQUESTS_PER_WINDOW,
      hooks: {
        onResponse: (event) => {
          statuses.push(event.status)
        },
        onRetry: () => {
          retries += 1
        },
      },
    })
    // The token and one round trip, measured on a warm connection; then let the window empty.
    await core.getAccessToken()
    await listTicketTypes(core)
    const probeStarted = performance.now()
    await listTicketTypes(core)
    const roundTripMs = performance.now() - probeStarted
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS * 1.5))
    statuses.length = 0

    const started = performance.now()
    await Promise.all(Array.from({ length: BURST }, () => listTicketTypes(core)))
    const elapsedMs = performance.now() - started
    const theoreticalMinimumMs = 2 * WINDOW_MS + roundTripMs
    return {
      requestsPerWindow: REQUESTS_PER_WINDOW,
      windowMs: WINDOW_MS,
      burst: BURST,
      roundTripMs,
      theoreticalMinimumMs,
      elapsedMs,
      overheadPercent: ((elapsedMs - theoreticalMinimumMs) / theoreticalMinimumMs) * 100,
      status429: statuses.filter((status) => status === 429).length,
      retries,
    }
  } finally {
    await mock.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runRateLimiterBench()
  emitResult(result)
  console.log(result)
}
