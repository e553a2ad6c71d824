import type { HaloHooks, ResponseHookEvent, RetryHookEvent } from '@halo/core'
import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedisRateLimitStore, type RedisRateLimitStore } from '../src/index.js'
import { inspector, redisAvailable, redisUrl, sleep, uniquePrefix } from './redis-test-context.js'

const request = { method: 'GET', url: 'http://127.0.0.1/api/Status', attempt: 1, headers: {} } as const
const response: ResponseHookEvent = { ...request, status: 200, durationMs: 5 }
const retryWithoutAnswer: RetryHookEvent = { ...request, reason: 'network error', delayMs: 100 }
const retryAfterAnswer: RetryHookEvent = { ...retryWithoutAnswer, reason: '503', status: 503 }

describe.skipIf(!redisAvailable)('window margin and settling hooks', () => {
  const prefix = uniquePrefix('settle')
  let redis: Redis
  const stores: RedisRateLimitStore[] = []
  const newStore = (options: { windowMarginMs?: number } = {}) => {
    const store = createRedisRateLimitStore({ redis: redisUrl, prefix, ...options })
    stores.push(store)
    return store
  }

  beforeAll(() => {
    redis = inspector()
  })
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()))
    await redis.quit()
  })

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

  it('tracks nothing until hooks() is asked for, and then needs no margin', async () => {
    const store = newStore()
    await store.acquire('untracked', 5, 60_000)
    expect(store.pendingSlots).toBe(0)
    store.hooks()
    expect(store.marginFor(2_000)).toBe(0)
    await store.acquire('untracked', 5, 60_000)
    expect(store.pendingSlots).toBe(1)
  })

  it("re-stamps the oldest granted slot with the time of Halo's answer, and calls your hooks first", async () => {
    const store = newStore()
    const seen: string[] = []
    const own: HaloHooks = {
      onRequest: () => seen.push('request'),
      onResponse: (event) => seen.push(`response ${event.status}`),
      onRetry: (event) => seen.push(`retry ${event.reason}`),
    }
    const hooks = store.hooks(own)
    expect(hooks.onRequest).toBe(own.onRequest)

    await store.acquire('answered', 5, 60_000)
    const [admittedAt] = await scores(store, 'answered')
    await sleep(30)
    hooks.onResponse?.(response)
    expect(seen).toEqual(['response 200'])
    for (let i = 0; i < 50 && (await scores(store, 'answered'))[0] === admittedAt; i++) await sleep(10)
    const [answeredAt] = await scores(store, 'answered')
    expect(answeredAt).toBeGreaterThanOrEqual((admittedAt ?? 0) + 25)
    expect(await redis.zcard(store.keysOf('answered').window)).toBe(1) // moved, not added
    expect(store.pendingSlots).toBe(0)
  })

  it('settles on a retry only when the attempt got no answer (an answer was settled by onResponse)', async () => {
    const store = newStore()
    const hooks = store.hooks()
    await store.acquire('retries', 5, 60_000)
    await store.acquire('retries', 5, 60_000)
    hooks.onRetry?.(retryAfterAnswer)
    expect(store.pendingSlots).toBe(2)
    hooks.onRetry?.(retryWithoutAnswer)
    expect(store.pendingSlots).toBe(1)
  })

  it('drops a slot left unanswered for a whole window instead of counting it again', async () => {
    const store = newStore()
    const hooks = store.hooks()
    await store.acquire('lost', 5, 100)
    await sleep(150)
    hooks.onResponse?.(response)
    expect(store.pendingSlots).toBe(0)
    await sleep(50)
    expect(await redis.exists(store.keysOf('lost').window)).toBe(0)
  })

  it('with the hooks, a window refills from the answers: a slow answer holds its slot longer', async () => {
    const store = newStore()
    const hooks = store.hooks()
    expect(await store.acquire('slow', 1, 300)).toEqual({ granted: true })
    await sleep(200) // the request is "in flight" for 200 ms
    hooks.onResponse?.(response)
    for (let i = 0; i < 50 && store.pendingSlots > 0; i++) await sleep(10)
    await sleep(20)
    // Counted from admission the slot would free in ~100 ms; counted from the answer, in ~300.
    const refused = await store.acquire('slow', 1, 300)
    expect(refused.granted).toBe(false)
    if (refused.granted) return
    expect(refused.retryInMs).toBeGreaterThan(200)
  })
})
