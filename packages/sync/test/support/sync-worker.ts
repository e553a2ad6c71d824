// A sync process of its own, for the tests that kill one (kill -9) or run two side by side. Prints
// one JSON line per progress event ({ event: 'progress', at, … }) and one with the results.
import { createHaloCore, type RateLimitStore } from '@halo/core'
import { mockCredentials } from '@halo/mock'
import { createRedisRateLimitStore } from '@halo/ratelimit-redis'
import { storeFromUrl, syncHalo } from '../../src/index.js'

export interface WorkerConfig {
  readonly baseUrl: string
  /** `sqlite:…` or `postgres://…` */
  readonly store: string
  readonly resources: readonly string[]
  readonly concurrency?: number
  readonly redisUrl?: string
  readonly rateLimit?: { readonly requests: number; readonly windowMs: number }
  readonly reconcileEveryMs?: number
}

const config = JSON.parse(process.argv[2] ?? '{}') as WorkerConfig
const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`)

const rateLimitStore: (RateLimitStore & { close(): Promise<void> }) | undefined =
  config.redisUrl === undefined
    ? undefined
    : createRedisRateLimitStore({ redis: config.redisUrl, prefix: 'sync-test:' })
const core = createHaloCore({
  baseUrl: config.baseUrl,
  ...mockCredentials,
  rateLimit: config.rateLimit ?? false,
  ...(rateLimitStore === undefined ? {} : { rateLimitStore }),
})
const store = storeFromUrl(config.store)
try {
  const results = await syncHalo({
    core,
    store,
    resources: config.resources,
    concurrency: config.concurrency ?? 8,
    reconcileEveryMs: config.reconcileEveryMs ?? 0,
    onProgress: (progress) => print({ event: 'progress', at: Date.now(), pid: process.pid, ...progress }),
  })
  print({ event: 'done', results })
} finally {
  await store.close()
  await rateLimitStore?.close()
}
