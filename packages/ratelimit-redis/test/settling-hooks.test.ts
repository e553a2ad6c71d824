import type { HaloHooks } from '@halo/core'
import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RedisRateLimitStore } from '../src/index.js'
import { inspector, rateLimitStores, redisAvailable, sleep } from './redis-test-context.js'

describe.skipIf(!redisAvailable)('window margin and settling slots from the answer', () => {
  const stores = rateLimitStores('settle')
  const newStore = (options: { windowMarginMs?: number } = {}) => stores.create(options)
  let redis: Redis

  beforeAll(() => {
    redis = inspector()
  })
  afterAll(() => stores.closeAll(redis))

  async function scores(store: RedisRateLimitStore, key: string): Promise<number[]> {
    const flat = await redis.zrange(store.keysOf(key).window, '0', '-1', 'WITHSCORES')
    return flat.filter((_, i) => i % 2 === 1).map(Number)
  }

  it('by default keeps each slot 2% of the window longer (at most 1 s); an explicit margin wins', async () => {
    const store = newStore()
    expect(store.marginFor(2_000)).toBe(40)
    expect(store.marginFor(300_000)).toBe(1_000)
    expect(newStore({ windowMarginMs: 250 }).marginFor(2_000)).toBe(250)
    expect(() => newStore({ windowMarginMs: -1 })).toThrow(RangeError)

    expect(await store.acquire('margin', 1, 60_000)).toEqual({ granted: true })
    const refused = await store.acquire('margin', 1, 60_000)
    expect(refused.granted).toBe(false)
    if (refused.granted) return
    expect(refused.retryInMs).toBeGreaterThan(60_000) // the 1 s margin is part of the wait
    expect(refused.retryInMs).toBeLessThanOrEqual(61_000)
    expect(await redis.pttl(store.keysOf('margin').window)).toBeGreaterThan(60_000)
  })

  it('tracks every granted slot until settled, and needs no margin once the core settles', async () => {
    const store = newStore()
    await store.acquire('tracked', 5, 60_000)
    expect(store.pendingSlots).toBe(1)
    expect(store.marginFor(2_000)).toBe(40)
    await store.settle('tracked')
    expect(store.pendingSlots).toBe(0)
    expect(store.marginFor(2_000)).toBe(0)
    // An explicit margin is kept whatever happens.
    const explicit = newStore({ windowMarginMs: 250 })
    await explicit.settle('tracked')
    expect(explicit.marginFor(2_000)).toBe(250)
  })

  it("settle re-stamps the key's oldest granted slot with the time of the answer", async () => {
    const store = newStore()
    await store.acquire('answered', 5, 60_000)
    const [admittedAt] = await scores(store, 'answered')
    await sleep(30)
    await store.settle('answered')
    const [answeredAt] = await scores(store, 'answered')
    expect(answeredAt).toBeGreaterThanOrEqual((admittedAt ?? 0) + 25)
    expect(await redis.zcard(store.keysOf('answered').window)).toBe(1) // moved, not added
    expect(store.pendingSlots).toBe(0)
  })

  it('settles slots of their own key only, oldest first; unknown keys and empty queues do nothing', async () => {
    const store = newStore()
    await store.acquire('one', 5, 60_000)
    await sleep(5)
    await store.acquire('one', 5, 60_000)
    await store.acquire('two', 5, 60_000)
    const [oldest, newest] = await scores(store, 'one')
    await store.settle('two')
    expect(await scores(store, 'one')).toEqual([oldest, newest])
    await store.settle('one')
    const after = await scores(store, 'one')
    expect(after).toHaveLength(2)
    expect(after).toContain(newest) // the newer slot kept its stamp; the oldest moved
    expect(Math.max(...after)).toBeGreaterThanOrEqual(newest ?? 0)
    await store.settle('one')
    await expect(store.settle('one')).resolves.toBeUndefined()
    await expect(store.settle('never-used')).resolves.toBeUndefined()
    expect(store.pendingSlots).toBe(0)
  })

  it('drops a slot left unanswered for a whole window instead of counting it again', async () => {
    const store = newStore()
    await store.acquire('lost', 5, 100)
    await sleep(150)
    await store.settle('lost')
    expect(store.pendingSlots).toBe(0)
    await sleep(50)
    expect(await redis.exists(store.keysOf('lost').window)).toBe(0)
  })

  it('a window refills from the answers: a slow answer holds its slot longer', async () => {
    const store = newStore()
    // Settling once switches the default margin off, as the core's first answer does.
    await store.settle('slow')
    expect(await store.acquire('slow', 1, 300)).toEqual({ granted: true })
    await sleep(200) // the request is "in flight" for 200 ms
    await store.settle('slow')
    await sleep(20)
    // Counted from admission the slot would free in ~100 ms; counted from the answer, in ~300.
    const refused = await store.acquire('slow', 1, 300)
    expect(refused.granted).toBe(false)
    if (refused.granted) return
    expect(refused.retryInMs).toBeGreaterThan(200)
  })

  it('hooks() is a deprecated pass-through: your hooks come back unchanged and settle nothing', async () => {
    const store = newStore()
    const seen: string[] = []
    const own: HaloHooks = { onResponse: (event) => seen.push(`response ${event.status}`) }
    const hooks = store.hooks(own)
    expect(hooks.onResponse).toBe(own.onResponse)
    expect(store.hooks()).toEqual({})
    await store.acquire('hooked', 5, 60_000)
    hooks.onResponse?.({
      requestId: 'req_0000000000000001',
      route: '/Status',
      method: 'GET',
      url: 'http://127.0.0.1/api/Status',
      attempt: 1,
      headers: {},
      status: 200,
      durationMs: 5,
    })
    expect(seen).toEqual(['response 200'])
    expect(store.pendingSlots).toBe(1) // only the core's settle() moves it
  })
})
