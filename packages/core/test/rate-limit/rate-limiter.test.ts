import { getEventListeners } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RateLimitOptions } from '../../src/options/core-options.js'
import { MemoryRateLimitStore } from '../../src/rate-limit/memory-store.js'
import { createRateLimiter } from '../../src/rate-limit/rate-limiter.js'
import type { RateLimitStore } from '../../src/rate-limit/store.js'

const START = 1_700_000_000_000

function limiter(
  rateLimit: RateLimitOptions | false,
  maxConcurrency = 1000,
  store: RateLimitStore = new MemoryRateLimitStore(),
) {
  return createRateLimiter({ key: 'tenant', rateLimit, store, maxConcurrency })
}

/** Starts `count` acquisitions that release at once, recording when (fake clock) each was granted. */
function burst(acquire: () => Promise<() => void>, count: number) {
  const grantedAt: number[] = []
  const all = Promise.all(
    Array.from({ length: count }, async () => {
      const release = await acquire()
      grantedAt.push(Date.now() - START)
      release()
    }),
  )
  return { grantedAt, all, count }
}

/**
 * Moves the fake clock to `at` (ms after START) while every acquisition of `waiting` waits: none
 * may be granted a millisecond before, and all must be granted exactly then.
 */
async function expectGrantedAt(waiting: ReturnType<typeof burst>, at: number) {
  await vi.advanceTimersByTimeAsync(at - 1 - (Date.now() - START))
  expect(waiting.grantedAt).toEqual([])
  await vi.advanceTimersByTimeAsync(1)
  // Checked before awaiting them all: a grant that is late fails here rather than hanging the test.
  expect(waiting.grantedAt).toEqual(Array.from({ length: waiting.count }, () => at))
  await waiting.all
}

/** Flushes queued promise callbacks without moving the fake clock. */
const settle = () => vi.advanceTimersByTimeAsync(0)

describe('createRateLimiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: START })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('grants exactly `requests` per window and finishes 3x the budget in two windows', async () => {
    const rate = limiter({ requests: 10, windowMs: 1000 })
    const { grantedAt, all } = burst(() => rate.acquire(), 30)
    await settle()
    expect(grantedAt).toHaveLength(10)
    await vi.advanceTimersByTimeAsync(999)
    expect(grantedAt).toHaveLength(10)
    await vi.advanceTimersByTimeAsync(1)
    expect(grantedAt).toHaveLength(20)
    await vi.advanceTimersByTimeAsync(1000)
    await all
    expect(grantedAt).toHaveLength(30)
    // The theoretical minimum is exactly two windows; every slot is used the moment it frees.
    expect(grantedAt.slice(0, 10).every((t) => t === 0)).toBe(true)
    expect(grantedAt.slice(10, 20).every((t) => t === 1000)).toBe(true)
    expect(grantedAt.slice(20).every((t) => t === 2000)).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('asks the store only when a slot can have freed (no polling)', async () => {
    const memory = new MemoryRateLimitStore()
    let asked = 0
    const store: RateLimitStore = {
      acquire: (key, limit, windowMs) => {
        asked++
        return memory.acquire(key, limit, windowMs)
      },
      block: (key, until) => memory.block(key, until),
    }
    const rate = limiter({ requests: 5, windowMs: 60_000 }, 1000, store)
    const { all } = burst(() => rate.acquire(), 15)
    await vi.advanceTimersByTimeAsync(120_000)
    await all
    // 15 grants plus one refusal for each of the two full windows.
    expect(asked).toBe(17)
  })

  it('serves window waiters in arrival order', async () => {
    const rate = limiter({ requests: 2, windowMs: 1000 })
    const order: number[] = []
    const all = Promise.all(
      Array.from({ length: 7 }, async (_, i) => {
        const release = await rate.acquire()
        order.push(i)
        release()
      }),
    )
    await vi.advanceTimersByTimeAsync(4000)
    await all
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6])
  })

  it('lowers its window to what Halo said, and never raises it', async () => {
    const rate = limiter({ requests: 10, windowMs: 1000 })
    rate.learn({ requests: 20, windowMs: 1000 })
    expect(rate.limit).toEqual({ requests: 10, windowMs: 1000 })
    rate.learn({ requests: 4, windowMs: 1000 })
    expect(rate.limit).toEqual({ requests: 4, windowMs: 1000 })
    rate.learn({ requests: 0, windowMs: 1000 })
    expect(rate.limit).toEqual({ requests: 4, windowMs: 1000 })

    const { grantedAt, all } = burst(() => rate.acquire(), 8)
    await settle()
    expect(grantedAt).toHaveLength(4)
    await vi.advanceTimersByTimeAsync(1000)
    await all
    expect(grantedAt).toHaveLength(8)
  })

  it('applies a lower limit learned while callers are already waiting', async () => {
    const rate = limiter({ requests: 3, windowMs: 1000 })
    const { grantedAt, all } = burst(() => rate.acquire(), 6)
    await settle()
    expect(grantedAt).toHaveLength(3)
    rate.learn({ requests: 1, windowMs: 1000 })
    await vi.advanceTimersByTimeAsync(1000)
    expect(grantedAt).toHaveLength(4)
    await vi.advanceTimersByTimeAsync(2000)
    await all
    expect(grantedAt).toEqual([0, 0, 0, 1000, 2000, 3000])
  })

  it('ignores learn() when rate limiting is off', () => {
    const rate = limiter(false)
    rate.learn({ requests: 300, windowMs: 300_000 })
    expect(rate.limit).toBe(false)
  })

  it('halts every caller until a block ends', async () => {
    const store = new MemoryRateLimitStore()
    const rate = limiter({ requests: 100, windowMs: 1000 }, 1000, store)
    await rate.blockUntil(Date.now() + 5000)
    const waiting = burst(() => rate.acquire(), 3)
    await expectGrantedAt(waiting, 5000)
    // The block went through the store, so other limiters of the tenant see it too.
    await rate.blockUntil(Date.now() + 1000)
    expect(await store.acquire('tenant', 100, 1000)).toEqual({ granted: false, retryInMs: 1000 })
  })

  it('respects a block even without a window', async () => {
    const rate = limiter(false)
    await rate.blockUntil(Date.now() + 2000)
    const waiting = burst(() => rate.acquire(), 4)
    await expectGrantedAt(waiting, 2000)
  })

  it('without a window, caps only concurrency', async () => {
    const rate = limiter(false, 2)
    const { grantedAt, all } = burst(() => rate.acquire(), 50)
    await settle()
    await all
    expect(grantedAt).toHaveLength(50)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('never has more than maxConcurrency in flight and serves waiters first come, first served', async () => {
    const rate = limiter({ requests: 1000, windowMs: 1000 }, 3)
    let inFlight = 0
    let maxInFlight = 0
    const order: number[] = []
    const releases: Array<() => void> = []
    const all = Array.from({ length: 12 }, async (_, i) => {
      const release = await rate.acquire()
      order.push(i)
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      releases.push(() => {
        inFlight--
        release()
      })
    })
    await settle()
    expect(order).toEqual([0, 1, 2])
    // Finish out of order; the queue still advances in arrival order.
    while (order.length < 12 || releases.length > 0) {
      const pick = releases.splice(releases.length > 1 ? 1 : 0, 1)[0]
      pick?.()
      await settle()
      expect(inFlight).toBeLessThanOrEqual(3)
    }
    await Promise.all(all)
    expect(maxInFlight).toBe(3)
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  })

  it('release is idempotent', async () => {
    const rate = limiter(false, 1)
    const first = await rate.acquire()
    first()
    first()
    const second = await rate.acquire()
    let thirdGranted = false
    const third = rate.acquire().then((release) => {
      thirdGranted = true
      return release
    })
    await settle()
    // Releasing `first` twice did not create a second slot.
    expect(thirdGranted).toBe(false)
    second()
    ;(await third)()
    expect(thirdGranted).toBe(true)
  })

  describe('abort', () => {
    it('during a window wait rejects with the reason and frees the turn and the slot', async () => {
      const rate = limiter({ requests: 1, windowMs: 1000 }, 2)
      ;(await rate.acquire())()
      const controller = new AbortController()
      const waiting = rate.acquire(controller.signal)
      const behind = rate.acquire()
      await vi.advanceTimersByTimeAsync(100)
      const reason = new Error('caller gave up')
      controller.abort(reason)
      await expect(waiting).rejects.toBe(reason)
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
      // The caller behind it takes the window turn and gets the slot when it frees.
      await vi.advanceTimersByTimeAsync(900)
      const releaseBehind = await behind
      expect(Date.now() - START).toBe(1000)
      releaseBehind()
      expect(vi.getTimerCount()).toBe(0)
    })

    it('during a concurrency wait leaves the queue without taking a slot', async () => {
      const rate = limiter(false, 1)
      const holder = await rate.acquire()
      const controller = new AbortController()
      const waiting = rate.acquire(controller.signal)
      const order: string[] = []
      const next = rate.acquire().then((release) => {
        order.push('next')
        return release
      })
      await settle()
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1)
      controller.abort('stop')
      await expect(waiting).rejects.toBe('stop')
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
      holder()
      const releaseNext = await next
      expect(order).toEqual(['next'])
      releaseNext()
      // Exactly one slot exists again: one immediate grant, then a wait.
      const again = await rate.acquire()
      let extra = false
      const extraPromise = rate.acquire().then((release) => {
        extra = true
        release()
      })
      await settle()
      expect(extra).toBe(false)
      again()
      await extraPromise
      expect(extra).toBe(true)
    })

    it('during a block wait rejects with the reason and leaves nothing behind', async () => {
      const rate = limiter({ requests: 10, windowMs: 1000 }, 1)
      await rate.blockUntil(Date.now() + 60_000)
      const controller = new AbortController()
      const waiting = rate.acquire(controller.signal)
      await vi.advanceTimersByTimeAsync(10)
      controller.abort('enough')
      await expect(waiting).rejects.toBe('enough')
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
      expect(vi.getTimerCount()).toBe(0)
      // Its concurrency slot was given back: the next caller waits only for the block.
      const next = rate.acquire()
      await vi.advanceTimersByTimeAsync(60_000)
      ;(await next)()
      expect(Date.now() - START).toBe(60_010)
    })

    it('with an already aborted signal rejects at once and takes nothing', async () => {
      const rate = limiter({ requests: 1, windowMs: 1000 }, 1)
      const controller = new AbortController()
      controller.abort('no')
      await expect(rate.acquire(controller.signal)).rejects.toBe('no')
      const release = await rate.acquire()
      release()
      expect(Date.now() - START).toBe(0)
    })

    it('shares one signal across many requests without accumulating listeners', async () => {
      const rate = limiter({ requests: 5, windowMs: 1000 }, 2)
      const controller = new AbortController()
      const { all } = burst(() => rate.acquire(controller.signal), 20)
      await settle()
      // 15 callers queued on one signal share a single listener (no MaxListenersExceededWarning).
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1)
      await vi.advanceTimersByTimeAsync(4000)
      await all
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
      expect(vi.getTimerCount()).toBe(0)
    })
  })

  it('rejects an unusable configuration', () => {
    expect(() => limiter({ requests: 0, windowMs: 1000 })).toThrow(RangeError)
    expect(() => limiter({ requests: 10, windowMs: 1000 }, 0)).toThrow(RangeError)
  })

  describe('settling slots from the answer', () => {
    /** A memory store that records the keys it is asked to settle. */
    function recordingStore() {
      const memory = new MemoryRateLimitStore()
      const settled: string[] = []
      const store: RateLimitStore = {
        acquire: (key, limit, windowMs) => memory.acquire(key, limit, windowMs),
        block: (key, until) => memory.block(key, until),
        settle: (key) => {
          settled.push(key)
          memory.settle(key)
        },
      }
      return { store, settled }
    }

    it('settles each granted window slot once, when its request releases it', async () => {
      const { store, settled } = recordingStore()
      const rate = limiter({ requests: 5, windowMs: 1000 }, 10, store)
      const first = await rate.acquire()
      const second = await rate.acquire()
      expect(settled).toEqual([])
      first()
      first()
      expect(settled).toEqual(['tenant'])
      second()
      expect(settled).toEqual(['tenant', 'tenant'])
    })

    it('a slot released later frees later: the window counts it from the answer', async () => {
      const rate = limiter({ requests: 1, windowMs: 1000 })
      const release = await rate.acquire()
      await vi.advanceTimersByTimeAsync(400) // in flight for 400 ms
      release()
      const waiting = burst(() => rate.acquire(), 1)
      await expectGrantedAt(waiting, 1400)
      expect(vi.getTimerCount()).toBe(0)
    })

    it('holds a slot whose request is in flight longer than a window: a limiter sharing the store waits for the answer', async () => {
      const shared = new MemoryRateLimitStore()
      const first = limiter({ requests: 1, windowMs: 1000 }, 10, shared)
      const second = limiter({ requests: 1, windowMs: 1000 }, 10, shared)
      const release = await first.acquire()
      const next = burst(() => second.acquire(), 1)
      await vi.advanceTimersByTimeAsync(3000) // three windows in flight: the slot is still taken
      expect(next.grantedAt).toEqual([])
      release() // answered at +3000: counted from then, free at +4000
      await expectGrantedAt(next, 4000)
      expect(vi.getTimerCount()).toBe(0)
    })

    it('asks a settling store to hold the slot until settled, and settles a slot granted as the caller gave up', async () => {
      const { store, settled } = recordingStore()
      const asked: unknown[] = []
      const controller = new AbortController()
      const memory = new MemoryRateLimitStore()
      const abortingStore: RateLimitStore = {
        ...store,
        acquire: async (key, limit, windowMs, options) => {
          asked.push(options)
          const decision = await memory.acquire(key, limit, windowMs, options)
          controller.abort() // the caller gives up while the store grants
          return decision
        },
      }
      const rate = limiter({ requests: 5, windowMs: 1000 }, 10, abortingStore)
      await expect(rate.acquire(controller.signal)).rejects.toThrow()
      expect(asked).toEqual([{ untilSettled: true }])
      expect(settled).toEqual(['tenant'])
    })

    it('settles nothing without a window, and works with a store that cannot settle', async () => {
      const { store, settled } = recordingStore()
      ;(await limiter(false, 10, store).acquire())()
      expect(settled).toEqual([])
      const memory = new MemoryRateLimitStore()
      const plain: RateLimitStore = {
        acquire: (key, limit, windowMs) => memory.acquire(key, limit, windowMs),
        block: (key, until) => memory.block(key, until),
      }
      const release = await limiter({ requests: 5, windowMs: 1000 }, 10, plain).acquire()
      expect(() => release()).not.toThrow()
    })

    it('a store failing to settle is reported, never thrown, and the slot is still freed', async () => {
      const errors: unknown[] = []
      const failing = (settle: NonNullable<RateLimitStore['settle']>): RateLimitStore => {
        const memory = new MemoryRateLimitStore()
        return {
          acquire: (key, limit, windowMs) => memory.acquire(key, limit, windowMs),
          block: (key, until) => memory.block(key, until),
          settle,
        }
      }
      const throwing = createRateLimiter({
        key: 'tenant',
        rateLimit: { requests: 5, windowMs: 1000 },
        maxConcurrency: 1,
        store: failing(() => {
          throw new Error('settle threw')
        }),
        onSettleError: (error) => errors.push(error),
      })
      ;(await throwing.acquire())()
      // maxConcurrency 1: a second acquire only resolves if the first release went through.
      ;(await throwing.acquire())()
      const rejecting = createRateLimiter({
        key: 'tenant',
        rateLimit: { requests: 5, windowMs: 1000 },
        maxConcurrency: 1,
        store: failing(() => Promise.reject(new Error('settle rejected'))),
        onSettleError: (error) => errors.push(error),
      })
      ;(await rejecting.acquire())()
      await settle()
      expect(errors.map((error) => (error as Error).message)).toEqual([
        'settle threw',
        'settle threw',
        'settle rejected',
      ])
    })
  })

  describe('tryAcquire', () => {
    it('admits at once when a slot is free, and settles like acquire', async () => {
      const store = new MemoryRateLimitStore()
      const rate = limiter({ requests: 1, windowMs: 1000 }, 10, store)
      const release = rate.tryAcquire()
      expect(release).toBeTypeOf('function')
      // The window is full: nothing is taken, and acquire() waits as usual.
      expect(rate.tryAcquire()).toBeUndefined()
      await vi.advanceTimersByTimeAsync(300)
      release?.()
      const waiting = burst(() => rate.acquire(), 1)
      await expectGrantedAt(waiting, 1300)
    })

    it('takes nothing when callers wait, a block holds, the signal aborted or the store is not in memory', async () => {
      const busy = limiter(false, 1)
      const holder = busy.tryAcquire()
      expect(holder).toBeTypeOf('function')
      expect(busy.tryAcquire()).toBeUndefined()
      holder?.()
      expect(busy.tryAcquire()).toBeTypeOf('function')

      const blocked = limiter(false)
      await blocked.blockUntil(Date.now() + 1000)
      expect(blocked.tryAcquire()).toBeUndefined()

      const free = limiter(false)
      expect(free.tryAcquire(AbortSignal.abort())).toBeUndefined()

      const memory = new MemoryRateLimitStore()
      const shared = limiter({ requests: 5, windowMs: 1000 }, 1, {
        acquire: (key, limit, windowMs) => memory.acquire(key, limit, windowMs),
        block: (key, until) => memory.block(key, until),
      })
      expect(shared.tryAcquire()).toBeUndefined()
      // Nothing was held: acquire() gets the only concurrency slot.
      ;(await shared.acquire())()
    })
  })
})
