/*
 * The proof: 4 worker processes, each its own HaloCore, share one tenant budget through
 * Redis against the simulated Halo with a small window (40 per 2 s). They must finish with zero 429
 * answers, and together reach at least 90% of the budget.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { mockCredentials, type RunningHaloMock, startHaloMock } from '@halo/mock'
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

  it('finish with zero 429 answers and at least 90% of the budget', { timeout: 120_000 }, async () => {
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
    expect(ratio).toBeGreaterThanOrEqual(0.9)
  })
})
