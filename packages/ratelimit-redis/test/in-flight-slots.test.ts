import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RedisRateLimitStore } from '../src/index.js'
import { inspector, rateLimitStores, redisAvailable, sleep } from './redis-test-context.js'

const held = { untilSettled: true }

describe.skipIf(!redisAvailable)('slots held while their request is in flight', () => {
  // No margin: these tests check the window arithmetic exactly. Each store is one "process".
  const stores = rateLimitStores('inflight', { windowMarginMs: 0 })
  const newStore = stores.create
  let redis: Redis

  beforeAll(() => {
    redis = inspector()
  })
  afterAll(() => stores.closeAll(redis))

  async function redisNow(): Promise<number> {
    const [seconds, micros] = await redis.time()
    return Number(seconds) * 1000 + Number(micros) / 1000
  }

  async function refusal(store: RedisRateLimitStore, key: string, limit: number, windowMs: number) {
    const decision = await store.acquire(key, limit, windowMs, held)
    if (decision.granted) throw new Error(`expected ${key} to be refused`)
    return decision.retryInMs
  }

  it('counts a slot in flight longer than a window until it is settled, then one window from the answer', async () => {
    const first = newStore()
    const second = newStore()
    expect(await first.acquire('slow', 1, 1000, held)).toEqual({ granted: true })
    expect(await redis.zcard(first.keysOf('slow').inFlight)).toBe(1)
    expect(await redis.zcard(first.keysOf('slow').window)).toBe(0)
    await sleep(2100) // more than two windows in flight
    // The other process is refused, and told to ask again within a window, not after the lease.
    const polling = await refusal(second, 'slow', 1, 1000)
    expect(polling).toBeGreaterThan(0)
    expect(polling).toBeLessThanOrEqual(1000)

    const beforeAnswer = await redisNow()
    await first.settle('slow')
    expect(await redis.zcard(first.keysOf('slow').inFlight)).toBe(0)
    const [, stamped] = await redis.zrange(first.keysOf('slow').window, '0', '0', 'WITHSCORES')
    expect(Number(stamped)).toBeGreaterThanOrEqual(beforeAnswer) // counted from the answer
    // Now a window entry: the wait is exact, the moment the answer is one window old.
    const askedAt = await redisNow()
    const exact = await refusal(second, 'slow', 1, 1000)
    expect(exact).toBeLessThanOrEqual(Math.ceil(Number(stamped) + 1000 - askedAt))
    expect(exact).toBeGreaterThanOrEqual(Math.floor(Number(stamped) + 1000 - (await redisNow())))
    await sleep(exact + 5)
    expect(await second.acquire('slow', 1, 1000, held)).toEqual({ granted: true })
  })

  it("frees a dead process's slot when its lease ends, and leaves no key behind", async () => {
    const dying = newStore({ inFlightLeaseMs: 1500 })
    const survivor = newStore()
    const start = Date.now()
    expect(await dying.acquire('dead', 1, 300, held)).toEqual({ granted: true })
    await dying.close() // dies mid-request: nobody will settle its slot
    const keys = survivor.keysOf('dead')
    const ttl = await redis.pttl(keys.inFlight)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(1500)
    let polls = 0
    for (;;) {
      const decision = await survivor.acquire('dead', 1, 300, held)
      if (decision.granted) break
      polls++
      expect(decision.retryInMs).toBeLessThanOrEqual(300) // polls; never sleeps the lease
      await sleep(decision.retryInMs)
    }
    expect(Date.now() - start).toBeGreaterThanOrEqual(1490)
    expect(polls).toBeGreaterThan(0)
    await survivor.settle('dead')
    for (let i = 0; i < 100 && (await redis.exists(keys.window, keys.inFlight)) > 0; i++) await sleep(50)
    expect(await redis.exists(keys.window, keys.inFlight)).toBe(0)
  })

  it("a process with a shorter lease never cuts another's hold short", async () => {
    const patient = newStore({ inFlightLeaseMs: 60_000 })
    const hasty = newStore({ inFlightLeaseMs: 1_000 })
    const keys = patient.keysOf('mixed')
    expect(await patient.acquire('mixed', 5, 300, held)).toEqual({ granted: true })
    expect(await hasty.acquire('mixed', 5, 300, held)).toEqual({ granted: true })
    // The set lives as long as its longest hold: the patient process's slot is still counted.
    expect(await redis.pttl(keys.inFlight)).toBeGreaterThan(50_000)
    await sleep(1_100)
    // Past the short lease: the set (and the patient slot in it) is still there to count.
    expect(await redis.exists(keys.inFlight)).toBe(1)
    expect(await patient.acquire('mixed', 2, 300, held)).toEqual({ granted: true })
    expect(await redis.zcard(keys.inFlight)).toBe(2)
    await patient.settle('mixed')
    await patient.settle('mixed')
  })

  it('makes waiters poll when the budget is full of slots in flight, and names the exact wait once answers come', async () => {
    const store = newStore()
    const waiter = newStore()
    for (let i = 0; i < 3; i++) expect(await store.acquire('full', 3, 1000, held)).toEqual({ granted: true })
    // The default lease is 10 minutes; the waiter is told to come back within a window.
    expect(store.leaseFor(1000)).toBe(600_000)
    const polling = await refusal(waiter, 'full', 3, 1000)
    expect(polling).toBeLessThanOrEqual(1000)
    // One answer: two in flight plus one in the window fill the budget until that entry leaves.
    await store.settle('full')
    const [, stamped] = await redis.zrange(store.keysOf('full').window, '0', '0', 'WITHSCORES')
    const askedAt = await redisNow()
    const exact = await refusal(waiter, 'full', 3, 1000)
    expect(exact).toBeLessThanOrEqual(Math.ceil(Number(stamped) + 1000 - askedAt))
    await sleep(exact + 5)
    expect(await waiter.acquire('full', 3, 1000, held)).toEqual({ granted: true })
    expect(await redis.zcard(store.keysOf('full').inFlight)).toBe(3)
  })

  it('settles slots in grant order: the oldest in flight first, even past a window', async () => {
    const store = newStore()
    const key = store.keysOf('order')
    await store.acquire('order', 5, 200, held)
    await sleep(300)
    await store.acquire('order', 5, 200, held)
    const leases = (await redis.zrange(key.inFlight, '0', '-1', 'WITHSCORES'))
      .filter((_, i) => i % 2 === 1)
      .map(Number)
    expect(leases).toHaveLength(2)
    await store.settle('order')
    // The slot granted first moved to the window; the later one is still in flight.
    const [, remaining] = await redis.zrange(key.inFlight, '0', '-1', 'WITHSCORES')
    expect(Number(remaining)).toBe(Math.max(...leases))
    expect(await redis.zcard(key.window)).toBe(1)
    expect(store.pendingSlots).toBe(1)
  })

  it('sends a settle Redis missed again once Redis answers, so the slot does not wait for its lease', async () => {
    const warnings: string[] = []
    const store = newStore({ logger: { warn: (message) => warnings.push(message) } })
    const key = store.keysOf('missed')
    await store.acquire('missed', 5, 60_000, held)
    await store.acquire('missed', 5, 60_000, held)
    const saved = await redis.zrange(key.inFlight, '0', '-1', 'WITHSCORES')
    // Break the in-flight set (a key of the wrong type makes the script fail), then answer one.
    await redis.del(key.inFlight)
    await redis.set(key.inFlight, 'not a sorted set')
    await store.settle('missed')
    expect(warnings).toEqual(['Redis rate-limit store: a slot could not be settled'])
    expect(await redis.zcard(key.window)).toBe(0)
    // Redis is well again: the next answer settles its own slot and the one missed.
    await redis.del(key.inFlight)
    await redis.zadd(
      key.inFlight,
      ...saved.flatMap((value, i, all) => (i % 2 === 0 ? [all[i + 1] as string, value] : [])),
    )
    await store.settle('missed')
    expect(await redis.zcard(key.inFlight)).toBe(0)
    expect(await redis.zcard(key.window)).toBe(2)
    expect(store.pendingSlots).toBe(0)
  })

  it('holds a slot at least one window, two windows or 10 minutes by default, and checks the option', () => {
    expect(newStore().leaseFor(1_000)).toBe(600_000)
    expect(newStore().leaseFor(900_000)).toBe(1_800_000)
    expect(newStore({ inFlightLeaseMs: 5_000 }).leaseFor(1_000)).toBe(5_000)
    expect(newStore({ inFlightLeaseMs: 500 }).leaseFor(1_000)).toBe(1_000)
    expect(() => newStore({ inFlightLeaseMs: 0 })).toThrow(/inFlightLeaseMs must be a number > 0, got 0/)
    expect(() => newStore({ inFlightLeaseMs: Number.NaN })).toThrow(RangeError)
  })
})
