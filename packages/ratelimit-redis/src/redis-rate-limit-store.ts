import { randomUUID } from 'node:crypto'
import {
  type HaloHooks,
  inFlightLeaseMs,
  MemoryRateLimitStore,
  type RateLimitStore,
  type SlotDecision,
} from '@halo/core'
import type { Redis } from 'ioredis'
import { type PendingSlot, PendingSlots } from './pending-slots.js'
import { callRedis, type RedisCallPolicy } from './redis-call.js'
import { closeRedis, resolveRedis } from './redis-connection.js'
import { acquireSlotLua, blockLua, settleSlotLua } from './sliding-window-scripts.js'
import type { RedisStoreOptions } from './store-options.js'

/** Options of `createRedisRateLimitStore`. */
export interface RedisRateLimitStoreOptions extends RedisStoreOptions {
  /** Prepended to every key. Default `'halo:rl:'`. */
  readonly prefix?: string | undefined
  /**
   * How much longer than the window each granted slot stays counted. The store counts a request
   * when it is admitted; Halo counts it when it arrives, a variable moment later. Without a margin a
   * request admitted the instant an old slot leaves our window can reach Halo before that old
   * request leaves Halo's, and be refused. Default: 2% of the window (at most 1000 ms) until the core
   * settles a first slot (`settle`, called by `@halo/core` when a request is over), and 0 from then
   * on, since slots counted from Halo's answer need none.
   */
  readonly windowMarginMs?: number | undefined
  /**
   * With `onRedisError: 'fail-open'`, what share of each window this process may spend while Redis
   * cannot answer. The requests are then counted in this process's memory (a per-process window),
   * never let through uncounted: an outage of Redis must not turn into a storm of 429s from Halo.
   * Default 1, the whole budget, which is right for one process; with N workers sharing the budget
   * set `1 / N`, so that together they stay within it until Redis is back. Each answer from Redis
   * goes back to the shared window at once.
   */
  readonly fallbackShare?: number | undefined
  /**
   * How long a slot whose request is in flight stays counted at most. The core asks the store to
   * hold each slot until the request is over (`settle`), however long that takes: a request that
   * reaches Halo late and is answered after a window is still in Halo's window. This lease bounds
   * what a process that dies mid-request (or never settles) can hold: its slots free when their
   * lease ends. Default: 10 minutes, or two windows if longer; never less than one window.
   */
  readonly inFlightLeaseMs?: number | undefined
}

// Names of the commands this store defines on the client; distinct enough not to clash with a
// caller's own `defineCommand`s on a shared client.
const acquireCommand = 'haloRateLimitAcquire'
const blockCommand = 'haloRateLimitBlock'
const settleCommand = 'haloRateLimitSettle'

type ScriptCommands = {
  [acquireCommand](
    windowKey: string,
    blockKey: string,
    inFlightKey: string,
    limit: number,
    windowMs: number,
    id: string,
    leaseMs: number,
  ): Promise<[number, number]>
  [blockCommand](blockKey: string, durationMs: number): Promise<number>
  [settleCommand](windowKey: string, inFlightKey: string, member: string, windowMs: number): Promise<number>
}

/**
 * A rolling-window `RateLimitStore` in Redis, shared by every process that uses the same Redis and
 * key: each `acquire` is one atomic Lua script (sent as EVALSHA, loaded on first use).
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { RedisRateLimitStore } from '@halo/ratelimit-redis'
 * import { Redis } from 'ioredis'
 *
 * // A client passed in is the caller's: the store adds its script commands to it and never closes it.
 * const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379')
 * const rateLimitStore = new RedisRateLimitStore({ redis, prefix: 'acme:rl:' })
 * const core = createHaloCore.fromEnv(process.env, { rateLimitStore })
 * ```
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #redis: Redis & ScriptCommands
  readonly #owned: boolean
  readonly #prefix: string
  readonly #policy: RedisCallPolicy
  readonly #windowMarginMs: ((windowMs: number) => number) | number
  readonly #pending = new PendingSlots<PendingSlot>()
  /** Slots whose answer came but whose settle Redis did not take: sent again (`#resendUnsent`). */
  readonly #unsent = new PendingSlots<PendingSlot & { readonly inFlightKey: string }>()
  #resending = false
  /** Counts this process's requests while Redis cannot answer (fail-open only), on the same lease. */
  readonly #fallback: MemoryRateLimitStore
  readonly #fallbackShare: number
  readonly #inFlightLeaseMs: number | undefined
  /** Set by the first `settle`: the core counts slots from the answers, so no margin is needed. */
  #settling = false

  constructor(options: RedisRateLimitStoreOptions) {
    // Options are checked before a connection is opened, so a bad one leaves nothing behind.
    const margin = options.windowMarginMs
    if (margin !== undefined && !(Number.isFinite(margin) && margin >= 0)) {
      throw new RangeError(`windowMarginMs must be a number ≥ 0, got ${margin}`)
    }
    const share = options.fallbackShare ?? 1
    if (!(Number.isFinite(share) && share > 0 && share <= 1)) {
      throw new RangeError(`fallbackShare must be a number in (0, 1], got ${share}`)
    }
    this.#fallbackShare = share
    // The fallback checks the lease (a RangeError naming `inFlightLeaseMs`) and holds its slots as long.
    this.#fallback = new MemoryRateLimitStore({ inFlightLeaseMs: options.inFlightLeaseMs })
    this.#inFlightLeaseMs = options.inFlightLeaseMs
    const { client, owned } = resolveRedis(options.redis)
    client.defineCommand(acquireCommand, { numberOfKeys: 3, lua: acquireSlotLua })
    client.defineCommand(blockCommand, { numberOfKeys: 1, lua: blockLua })
    client.defineCommand(settleCommand, { numberOfKeys: 2, lua: settleSlotLua })
    this.#redis = client as Redis & ScriptCommands
    this.#owned = owned
    this.#prefix = options.prefix ?? 'halo:rl:'
    this.#windowMarginMs = margin ?? ((windowMs) => (this.#settling ? 0 : defaultWindowMargin(windowMs)))
    this.#policy = {
      client,
      onRedisError: options.onRedisError ?? 'fail-closed',
      timeoutMs: options.timeoutMs ?? 5000,
      logger: options.logger,
    }
  }

  /**
   * Takes a slot of `key`'s shared window if fewer than `limit` are counted. With `untilSettled`
   * (the core passes it), the slot is held in flight until `settle` or the end of its lease
   * (`inFlightLeaseMs`), rather than counted from its grant.
   */
  async acquire(
    key: string,
    limit: number,
    windowMs: number,
    options?: { readonly untilSettled?: boolean | undefined },
  ): Promise<SlotDecision> {
    // As the in-memory store: a fractional limit (learned from Halo's text) counts whole requests.
    if (!(limit >= 1 && Number.isFinite(limit) && Number.isFinite(windowMs) && windowMs > 0)) {
      throw new RangeError(
        `RedisRateLimitStore.acquire: rate limit must be at least 1 request per positive window (got ${limit} per ${windowMs} ms)`,
      )
    }
    const keys = this.keysOf(key)
    return callRedis(
      this.#policy,
      'acquire',
      async (): Promise<SlotDecision> => {
        const countedMs = windowMs + this.marginFor(windowMs)
        const leaseMs = options?.untilSettled === true ? this.leaseFor(countedMs) : 0
        const member = randomUUID()
        const [granted, retryInMs] = await this.#redis[acquireCommand](
          keys.window,
          keys.block,
          keys.inFlight,
          Math.floor(limit),
          countedMs,
          member,
          leaseMs,
        )
        if (granted !== 1) return { granted: false, retryInMs: Number(retryInMs) }
        // Redis answers again: settles it missed go out now, off this request's path.
        void this.#resendUnsent()
        this.#pending.add(keys.window, {
          member,
          windowMs: countedMs,
          until: Date.now() + (leaseMs || countedMs),
        })
        return { granted: true }
      },
      () =>
        this.#fallback.tryAcquire(
          key,
          Math.max(1, Math.floor(limit * this.#fallbackShare)),
          windowMs,
          options,
        ),
    )
  }

  async block(key: string, untilEpochMs: number): Promise<void> {
    // Also held locally, so that a 429 keeps this process waiting even if Redis then fails.
    await this.#fallback.block(key, untilEpochMs)
    const durationMs = Math.ceil(untilEpochMs - Date.now())
    if (!(durationMs > 0)) return
    await callRedis(
      this.#policy,
      'block',
      async () => {
        await this.#redis[blockCommand](this.keysOf(key).block, durationMs)
      },
      () => undefined,
    )
  }

  /**
   * One request of `key` got Halo's answer (or failed): its slot is counted from now, by Redis's
   * clock. `@halo/core` calls this when each request it was granted a slot for is over; you never
   * need to. Halo counts a request when it arrives, which is after admission by a delay that varies
   * (queueing, a busy event loop, the network); counted from the answer, which is never earlier than
   * the arrival, our window can no longer free a slot before Halo's does, whatever that delay.
   *
   * The slot moved is this process's oldest unsettled one of `key` (answers and slots are matched in
   * order, not one to one), out of the in-flight set into the window. A slot past its lease (or, not
   * held in flight, unsettled for a whole window) is dropped instead of counted again.
   * One Redis round trip, off the request's path; a failure is reported to the logger, never
   * thrown, and the settle is sent again once Redis answers (until then the slot stays held).
   */
  async settle(key: string): Promise<void> {
    this.#settling = true
    const keys = this.keysOf(key)
    const slot = this.#pending.takeOldest(keys.window, Date.now())
    // No slot from Redis waiting: the request was counted by the fallback window.
    if (slot === undefined) return this.#fallback.settle(key)
    if (await this.#sendSettle({ ...keys, slot })) await this.#resendUnsent()
    else this.#unsent.add(keys.window, { ...slot, inFlightKey: keys.inFlight })
  }

  /** Moves one slot into the window in Redis; `false` (logged, never thrown) when Redis could not. */
  async #sendSettle(target: { window: string; inFlight: string; slot: PendingSlot }): Promise<boolean> {
    const { window, inFlight, slot } = target
    try {
      const moved = await callRedis(
        this.#policy,
        'settle',
        () => this.#redis[settleCommand](window, inFlight, slot.member, slot.windowMs),
        () => 0,
      )
      return moved === 1
    } catch (error) {
      this.#policy.logger?.warn?.('Redis rate-limit store: a slot could not be settled', {
        error: error instanceof Error ? error.message : String(error),
      })
      return false
    }
  }

  /**
   * Settles that Redis missed (down, too slow) are sent again once it answers, oldest first: left
   * alone, each would hold its slot in flight until its lease ends. Counted from the later moment,
   * which over-counts a little, never under-counts. One pass at a time; stops at the first failure.
   */
  async #resendUnsent(): Promise<void> {
    if (this.#resending || this.#unsent.size === 0) return
    this.#resending = true
    try {
      for (;;) {
        const next = this.#unsent.takeAnyOldest(Date.now())
        if (next === undefined) return
        const { windowKey, slot } = next
        if (!(await this.#sendSettle({ window: windowKey, inFlight: slot.inFlightKey, slot }))) {
          this.#unsent.add(windowKey, slot)
          return
        }
      }
    } finally {
      this.#resending = false
    }
  }

  /**
   * @deprecated `@halo/core` now settles each slot itself (`settle`), so these hooks are no longer
   * needed: this returns your own hooks unchanged (`{}` without any), and passing it on is harmless.
   */
  hooks(own: HaloHooks = {}): HaloHooks {
    return { ...own }
  }

  /** Granted slots still waiting for their answer (diagnostics). */
  get pendingSlots(): number {
    return this.#pending.size
  }

  /** The margin added to a window of `windowMs` (see `windowMarginMs`). */
  marginFor(windowMs: number): number {
    const margin = this.#windowMarginMs
    return typeof margin === 'number' ? margin : margin(windowMs)
  }

  /** How long a slot held in flight under a window of `countedMs` stays counted at most. */
  leaseFor(countedMs: number): number {
    return inFlightLeaseMs(countedMs, this.#inFlightLeaseMs)
  }

  /**
   * The Redis keys of one limiter key. The braces are a Redis Cluster hash tag: all three keys land
   * in the same slot, as a script touching them together requires.
   */
  keysOf(key: string): { readonly window: string; readonly block: string; readonly inFlight: string } {
    const base = `${this.#prefix}{${key}}`
    return { window: base, block: `${base}:block`, inFlight: `${base}:inflight` }
  }

  /** Closes the connection if the store opened it; a client you passed in stays open. */
  async close(): Promise<void> {
    if (this.#owned) await closeRedis(this.#redis)
  }
}

function defaultWindowMargin(windowMs: number): number {
  return Math.min(1000, Math.ceil(windowMs * 0.02))
}

/**
 * A `RateLimitStore` on Redis: `createHaloCore({ …, rateLimitStore: createRedisRateLimitStore({ redis: url }) })`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { createRedisRateLimitStore } from '@halo/ratelimit-redis'
 *
 * // Workers that point at this Redis share one tenant budget; counting alone, each would spend all of it.
 * const redis = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
 * const rateLimitStore = createRedisRateLimitStore({ redis })
 * const core = createHaloCore.fromEnv(process.env, { rateLimitStore })
 * // The store opened this connection, so it closes it.
 * process.once('SIGTERM', () => void rateLimitStore.close())
 * ```
 */
export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RedisRateLimitStore {
  return new RedisRateLimitStore(options)
}
