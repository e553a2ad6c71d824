/*
 * One worker process of the multi-process test: a HaloCore whose rate-limit window and token live in
 * Redis. It warms up (Redis connected, token obtained), says `ready`, and on `go` sends its share of
 * requests as fast as its limiter lets it, then reports.
 */
import { createHaloCore } from '@halo/core'
import { createRedisRateLimitStore, createRedisTokenStore } from '../../src/index.js'
import type { ParentMessage, WorkerConfig, WorkerMessage, WorkerReport } from './worker-protocol.js'

const config = JSON.parse(process.argv[2] ?? '{}') as WorkerConfig
const send = (message: WorkerMessage) => process.send?.(message)

const quiet = { warn: () => {} }
const onRedisError = config.onRedisError ?? 'fail-closed'
const rateLimitStore = createRedisRateLimitStore({
  redis: config.redisUrl,
  prefix: config.rateLimitPrefix,
  onRedisError,
  logger: quiet,
  ...(config.fallbackShare === undefined ? {} : { fallbackShare: config.fallbackShare }),
})
const tokenStore = createRedisTokenStore({
  redis: config.redisUrl,
  prefix: config.tokenPrefix,
  onRedisError,
  logger: quiet,
})
/** Set on `go`: the warm-up's token and discovery requests are not part of the figures. */
let timing = false
let responses429 = 0
let firstRequestAt = Number.POSITIVE_INFINITY
let lastResponseAt = 0
const core = createHaloCore({
  baseUrl: config.baseUrl,
  clientId: config.clientId,
  clientSecret: config.clientSecret,
  rateLimit: config.rateLimit,
  rateLimitStore,
  tokenStore,
  // No store hooks: the core settles each slot with the store when Halo answers. Ours count the figures.
  hooks: {
    onRequest: () => {
      if (timing) firstRequestAt = Math.min(firstRequestAt, Date.now())
    },
    onResponse: (event) => {
      if (!timing) return
      lastResponseAt = Math.max(lastResponseAt, Date.now())
      if (event.status === 429) responses429++
    },
  },
})

async function run(): Promise<WorkerReport> {
  timing = true
  const outcomes = await Promise.allSettled(
    Array.from({ length: config.requests }, () => core.get<unknown[]>('/Status')),
  )
  const errors = outcomes.flatMap((outcome) =>
    outcome.status === 'rejected'
      ? [`${(outcome.reason as Error).name}: ${(outcome.reason as Error).message}`]
      : [],
  )
  return {
    succeeded: outcomes.length - errors.length,
    errors,
    responses429,
    firstRequestAt,
    lastResponseAt,
  }
}

process.on('message', (message: ParentMessage) => {
  if (message.type === 'go') {
    run().then(
      (report) => send({ type: 'done', report }),
      (error: unknown) => send({ type: 'failed', error: String(error) }),
    )
  } else {
    void Promise.all([rateLimitStore.close(), tokenStore.close()]).finally(() => process.exit(0))
  }
})

core.getAccessToken().then(
  () => send({ type: 'ready' }),
  (error: unknown) => send({ type: 'failed', error: `warm-up: ${String(error)}` }),
)
