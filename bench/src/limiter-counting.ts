// When does the limiter free a window slot? Today from Halo's answer (`RateLimitStore.settle`);
// counting it from the moment it was granted instead is the most any "send time + a margin" scheme
// could gain (margin 0). Both run here on the same burst: three windows' budget against the
// simulated Halo, which counts its window on arrival, with the network latency split each way and,
// in the second pair, one arrival in ten held 200 ms longer (a cold connection, a busy event loop).
// `pnpm --filter @halo/bench exec tsx src/limiter-counting.ts`
import { createHaloCore, MemoryRateLimitStore } from '@halo/core'
import { createHaloMock, mockCredentials } from '@halo/mock'

/** Counts each slot from its grant: the memory store without settling. */
class GrantCountedStore extends MemoryRateLimitStore {
  override settle(): void {}
}

const budget = { requests: 100, windowMs: 3_000 }
const oneWayMs = 50
const burst = budget.requests * 3 + 1
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function runBurst(store: MemoryRateLimitStore, lateArrivals: boolean) {
  const mock = createHaloMock({ ticketCount: 10, rateLimit: budget })
  const core = createHaloCore({
    baseUrl: 'https://halo.example.test',
    authUrl: 'https://halo.example.test/auth',
    ...mockCredentials,
    rateLimit: budget,
    rateLimitStore: store,
    maxConcurrency: 8,
    retry: { retries: 0 },
    fetch: async (input, init) => {
      await sleep(lateArrivals && Math.random() < 0.1 ? oneWayMs + 200 : oneWayMs)
      const response = await mock.handle(new Request(input, init))
      const body = await response.arrayBuffer()
      await sleep(oneWayMs)
      return new Response(body, { status: response.status, headers: response.headers })
    },
  })
  await core.getAccessToken()
  await sleep(budget.windowMs + 100)
  mock.clearRequests()
  const started = performance.now()
  await Promise.allSettled(Array.from({ length: burst }, () => core.get('/TicketType')))
  const ms = performance.now() - started
  const api = mock.requests.filter((request) => request.path.toLowerCase().startsWith('/api/'))
  return { ms, status429: api.filter((request) => request.status === 429).length }
}

const floorMs = Math.floor((burst - 1) / budget.requests) * budget.windowMs + 2 * oneWayMs
console.log(
  `${burst} requests at ${budget.requests} per ${budget.windowMs} ms, 8 in flight; floor ${floorMs} ms`,
)
console.log('| arrivals | slot counted from | time | ratio to floor | 429s at Halo |')
console.log('| --- | --- | ---: | ---: | ---: |')
for (const lateArrivals of [false, true]) {
  for (const [label, store] of [
    ['the answer (today)', new MemoryRateLimitStore()],
    ['the grant (margin 0)', new GrantCountedStore()],
  ] as const) {
    const { ms, status429 } = await runBurst(store, lateArrivals)
    const arrivals = lateArrivals ? `${oneWayMs} ms, 1 in 10 +200 ms` : `${oneWayMs} ms`
    console.log(
      `| ${arrivals} | ${label} | ${(ms / 1000).toFixed(2)} s | ${(ms / floorMs).toFixed(2)}x | ${status429} |`,
    )
  }
}
