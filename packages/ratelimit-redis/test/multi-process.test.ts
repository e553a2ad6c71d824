/*
 * The proof: 4 worker processes, each its own HaloCore, share one tenant budget through
 * Redis against the simulated Halo with a small window (40 per 2 s). They must finish with zero 429
 * answers, one login, and together spend most of the budget.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { mockCredentials, type RunningHaloMock, startHaloMock } from '@halo/mock'
import { freePort } from '@halo/test-support/servers'
import { afterAll, describe, expect, it } from 'vitest'
import type {
  ParentMessage,
  WorkerConfig,
  WorkerMessage,
  WorkerReport,
} from './multi-process/worker-protocol.js'
import { redisAvailable, redisUrl, uniquePrefix } from './redis-test-context.js'

const WORKERS = 4
const BUDGET = { requests: 40, windowMs: 2_000 }
/** Six windows' worth: long enough that start-up jitter is a small part of the run. */
const TOTAL_REQUESTS = 240

const workerScript = fileURLToPath(new URL('./multi-process/worker.ts', import.meta.url))

class Worker {
  readonly #child: ChildProcess
  readonly #messages: WorkerMessage[] = []
  readonly #waiters: Array<() => void> = []

  constructor(config: WorkerConfig) {
    // The worker is TypeScript run by tsx; `@halo/core` resolves to core's built dist.
    this.#child = fork(workerScript, [JSON.stringify(config)], {
      execArgv: ['--import', 'tsx'],
      stdio: 'inherit',
    })
    this.#child.on('message', (message: WorkerMessage) => {
      this.#messages.push(message)
      for (const wake of this.#waiters.splice(0)) wake()
    })
    this.#child.on('exit', () => {
      for (const wake of this.#waiters.splice(0)) wake()
    })
  }

  async next<T extends WorkerMessage['type']>(type: T): Promise<Extract<WorkerMessage, { type: T }>> {
    for (;;) {
      const failed = this.#messages.find((m) => m.type === 'failed')
      if (failed?.type === 'failed') throw new Error(`worker failed: ${failed.error}`)
      const found = this.#messages.find((m) => m.type === type)
      if (found) return found as Extract<WorkerMessage, { type: T }>
      if (this.#child.exitCode !== null)
        throw new Error(`worker exited (${this.#child.exitCode}) before '${type}'`)
      await new Promise<void>((resolve) => this.#waiters.push(resolve))
    }
  }

  send(message: ParentMessage): void {
    this.#child.send(message)
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return
    const exited = new Promise((resolve) => this.#child.once('exit', resolve))
    if (this.#child.connected) this.send({ type: 'exit' })
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }
}

describe.skipIf(!redisAvailable)('4 worker processes sharing one tenant budget through Redis', () => {
  let halo: RunningHaloMock | undefined
  const workers: Worker[] = []

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()))
    await halo?.close()
  })

  it('finish with zero 429 answers, one login, and most of the budget', { timeout: 120_000 }, async () => {
    halo = await startHaloMock({ rateLimit: BUDGET })
    const config: WorkerConfig = {
      baseUrl: halo.url,
      clientId: mockCredentials.clientId,
      clientSecret: mockCredentials.clientSecret,
      redisUrl,
      rateLimitPrefix: uniquePrefix('mp-rl'),
      tokenPrefix: uniquePrefix('mp-token'),
      rateLimit: BUDGET,
      requests: TOTAL_REQUESTS / WORKERS,
    }

    // Warm-up, untimed: the first worker logs in and stores the token; the others find it in Redis.
    workers.push(new Worker(config))
    await workers[0]?.next('ready')
    for (let i = 1; i < WORKERS; i++) workers.push(new Worker(config))
    await Promise.all(workers.map((w) => w.next('ready')))
    const logins = halo.mock.requests.filter((r) => r.operation === 'POST /auth/token').length
    halo.mock.clearRequests()

    for (const w of workers) w.send({ type: 'go' })
    const reports: WorkerReport[] = []
    for (const w of workers) reports.push((await w.next('done')).report)
    // From the first request sent by any worker to the last answer received by any (one machine,
    // one clock).
    const elapsedMs =
      Math.max(...reports.map((r) => r.lastResponseAt)) - Math.min(...reports.map((r) => r.firstRequestAt))

    const api = halo.mock.requests.filter((r) => r.path.toLowerCase().startsWith('/api/'))
    const served429 = api.filter((r) => r.status === 429).length
    const succeeded = reports.reduce((sum, r) => sum + r.succeeded, 0)
    // A rolling window admits at most `requests` per window plus one full window at the start:
    // over `elapsedMs` that is requests × (elapsed / window + 1).
    const budget = BUDGET.requests * (elapsedMs / BUDGET.windowMs + 1)
    const ratio = succeeded / budget
    const figures = {
      workers: WORKERS,
      budget: `${BUDGET.requests} per ${BUDGET.windowMs} ms`,
      requests: succeeded,
      elapsedMs: Math.round(elapsedMs),
      answers429: served429,
      client429s: reports.reduce((sum, r) => sum + r.responses429, 0),
      logins,
      throughputPerSecond: Number(((succeeded / elapsedMs) * 1000).toFixed(2)),
      ratioToBudget: Number(ratio.toFixed(3)),
    }
    console.log(`[ratelimit-redis multi-process] ${JSON.stringify(figures)}`)

    expect(reports.flatMap((r) => r.errors)).toEqual([])
    expect(succeeded).toBe(TOTAL_REQUESTS)
    expect(api.filter((r) => r.status === 200)).toHaveLength(TOTAL_REQUESTS)
    expect(served429).toBe(0)
    expect(logins).toBe(1) // one login shared through the token store
    // Throughput depends on how busy the machine is (four processes on a shared box): an idle run
    // measures 0.9 and more, a loaded one about 0.85. The bound catches a store that serialises
    // workers or wastes windows (0.5 and below), not a busy machine; the figure is printed above.
    expect(ratio).toBeGreaterThanOrEqual(0.6)
  })
})

describe.skipIf(!redisAvailable)('worker processes at the edges of the shared stores', () => {
  let halo: RunningHaloMock | undefined
  const workers: Worker[] = []

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()))
    await halo?.close()
  })

  function configFor(running: RunningHaloMock, overrides: Partial<WorkerConfig>): WorkerConfig {
    return {
      baseUrl: running.url,
      clientId: mockCredentials.clientId,
      clientSecret: mockCredentials.clientSecret,
      redisUrl,
      rateLimitPrefix: uniquePrefix('edge-rl'),
      tokenPrefix: uniquePrefix('edge-token'),
      rateLimit: BUDGET,
      requests: 0,
      ...overrides,
    }
  }

  it('three workers started together log in once', { timeout: 60_000 }, async () => {
    halo = await startHaloMock()
    const config = configFor(halo, {})
    const started = [new Worker(config), new Worker(config), new Worker(config)]
    workers.push(...started)
    await Promise.all(started.map((w) => w.next('ready')))
    const logins = halo.mock.requests.filter((r) => r.operation === 'POST /auth/token').length
    console.log(`[ratelimit-redis cold start] ${JSON.stringify({ workers: 3, logins })}`)
    expect(logins).toBe(1)
    await Promise.all(started.map((w) => w.stop()))
    await halo.close()
    halo = undefined
  })

  it('with Redis down, fail-open workers keep to their fallback share: zero 429s', {
    timeout: 120_000,
  }, async () => {
    const budget = { requests: 30, windowMs: 2_000 }
    halo = await startHaloMock({ rateLimit: budget })
    const deadRedis = `redis://127.0.0.1:${await freePort()}`
    const config = configFor(halo, {
      redisUrl: deadRedis,
      rateLimit: budget,
      requests: 30,
      onRedisError: 'fail-open',
      fallbackShare: 1 / 3,
    })
    const started = [new Worker(config), new Worker(config), new Worker(config)]
    workers.push(...started)
    await Promise.all(started.map((w) => w.next('ready')))
    halo.mock.clearRequests()
    for (const w of started) w.send({ type: 'go' })
    const reports: WorkerReport[] = []
    for (const w of started) reports.push((await w.next('done')).report)

    const served429 = halo.mock.requests.filter((r) => r.status === 429).length
    const succeeded = reports.reduce((sum, r) => sum + r.succeeded, 0)
    console.log(`[ratelimit-redis redis down] ${JSON.stringify({ workers: 3, succeeded, served429 })}`)
    expect(reports.flatMap((r) => r.errors)).toEqual([])
    expect(succeeded).toBe(90)
    expect(served429).toBe(0)
  })
})
