import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedisRateLimitStore, type RedisRateLimitStore } from '../src/index.js'
import { inspector, redisAvailable, redisUrl, sleep, uniquePrefix } from './redis-test-context.js'

describe.skipIf(!redisAvailable)('RedisRateLimitStore against a real redis-server', () => {
  const prefix = uniquePrefix('rl')
  let store: RedisRateLimitStore
  let redis: Redis

  beforeAll(() => {
    // No margin here: these tests check the window arithmetic exactly (the margin has its own).
    store = createRedisRateLimitStore({ redis: redisUrl, prefix, windowMarginMs: 0 })
    redis = inspector()
  })
  afterAll(async () => {
    await store.close()
    await redis.quit()
  })

  async function acquireMany(key: string, count: number, limit: number, windowMs: number) {
    const decisions = []
    for (let i = 0; i < count; i++) decisions.push(await store.acquire(key, limit, windowMs))
    return decisions
  }

  it('grants exactly `limit` slots per window, then refuses with the wait until the oldest leaves', async () => {
    const decisions = await acquireMany('exact', 7, 5, 60_000)
    expect(decisions.slice(0, 5)).toEqual(Array(5).fill({ granted: true }))
    for (const refused of decisions.slice(5)) {
      expect(refused.granted).toBe(false)
      if (refused.granted) continue
      expect(refused.retryInMs).toBeGreaterThan(55_000)
      expect(refused.retryInMs).toBeLessThanOrEqual(60_000)
    }
    expect(await redis.zcard(store.keysOf('exact').window)).toBe(5)
  })

  it('rolls: after the wait it named, a slot is free again', async () => {
    await acquireMany('rolling', 3, 3, 400)
    const refused = await store.acquire('rolling', 3, 400)
    expect(refused.granted).toBe(false)
    if (refused.granted) return
    expect(refused.retryInMs).toBeGreaterThan(0)
    expect(refused.retryInMs).toBeLessThanOrEqual(400)
    await sleep(refused.retryInMs + 5)
    expect(await store.acquire('rolling', 3, 400)).toEqual({ granted: true })
  })

  it('counts each key on its own', async () => {
    await acquireMany('tenant-a', 2, 2, 60_000)
    expect((await store.acquire('tenant-a', 2, 60_000)).granted).toBe(false)
    expect(await store.acquire('tenant-b', 2, 60_000)).toEqual({ granted: true })
  })

  it('honours a lowered limit: waits until enough entries left, not just the oldest', async () => {
    await acquireMany('lowered', 4, 10, 60_000)
    const refused = await store.acquire('lowered', 2, 60_000)
    expect(refused.granted).toBe(false)
    expect(await redis.zcard(store.keysOf('lowered').window)).toBe(4)
  })

  it('block halts every caller until the time, keeps the later block, then lets them through', async () => {
    await store.block('blocked', Date.now() + 60_000)
    await store.block('blocked', Date.now() + 1_000) // an earlier end never shortens a block
    const refused = await store.acquire('blocked', 100, 60_000)
    expect(refused.granted).toBe(false)
    if (refused.granted) return
    expect(refused.retryInMs).toBeGreaterThan(55_000)
    expect(refused.retryInMs).toBeLessThanOrEqual(60_001) // whole milliseconds, rounded up
    expect(await redis.zcard(store.keysOf('blocked').window)).toBe(0) // a refusal takes no slot

    await store.block('short-block', Date.now() + 300)
    const waiting = await store.acquire('short-block', 100, 60_000)
    expect(waiting.granted).toBe(false)
    if (waiting.granted) return
    await sleep(waiting.retryInMs + 5)
    expect(await store.acquire('short-block', 100, 60_000)).toEqual({ granted: true })
  })

  it('a block already over changes nothing', async () => {
    await store.block('past', Date.now() - 1_000)
    expect(await redis.exists(store.keysOf('past').block)).toBe(0)
    expect(await store.acquire('past', 1, 1_000)).toEqual({ granted: true })
  })

  it('leaves nothing behind: keys of a dead worker expire after one window', async () => {
    const keys = store.keysOf('dead-worker')
    await acquireMany('dead-worker', 3, 5, 300)
    await store.block('dead-worker', Date.now() + 200)
    const windowTtl = await redis.pttl(keys.window)
    expect(windowTtl).toBeGreaterThan(0)
    expect(windowTtl).toBeLessThanOrEqual(300)
    const blockTtl = await redis.pttl(keys.block)
    expect(blockTtl).toBeGreaterThan(0)
    expect(blockTtl).toBeLessThanOrEqual(202) // whole milliseconds, rounded up twice
    // Poll rather than time: what matters is that the keys go away by themselves.
    for (let i = 0; i < 100 && (await redis.exists(keys.window, keys.block)) > 0; i++) await sleep(50)
    expect(await redis.exists(keys.window, keys.block)).toBe(0)
  })

  it('is atomic: 200 concurrent acquires from 4 connections with limit 50 grant exactly 50', async () => {
    const stores = Array.from({ length: 4 }, () => createRedisRateLimitStore({ redis: redisUrl, prefix }))
    try {
      const decisions = await Promise.all(
        Array.from({ length: 200 }, (_, i) => stores[i % 4]?.acquire('concurrent', 50, 60_000)),
      )
      expect(decisions.filter((d) => d?.granted === true)).toHaveLength(50)
      expect(decisions.filter((d) => d?.granted === false)).toHaveLength(150)
      expect(await redis.zcard(store.keysOf('concurrent').window)).toBe(50)
    } finally {
      await Promise.all(stores.map((s) => s.close()))
    }
  })

  it('recovers when the script cache was flushed (EVALSHA falls back to EVAL)', async () => {
    await redis.script('FLUSH')
    expect(await store.acquire('after-flush', 1, 60_000)).toEqual({ granted: true })
  })

  it('rejects a nonsensical limit or window before reaching Redis', async () => {
    await expect(store.acquire('bad', 0, 1_000)).rejects.toThrow(RangeError)
    await expect(store.acquire('bad', 0.5, 1_000)).rejects.toThrow(
      /at least 1 request per positive window \(got 0.5 per 1000 ms\)/,
    )
    await expect(store.acquire('bad', 1, Number.NaN)).rejects.toThrow(/got 1 per NaN ms/)
    // A fractional limit counts whole requests, as the in-memory store does.
    expect(await store.acquire('fractional', 1.9, 60_000)).toEqual({ granted: true })
    expect((await store.acquire('fractional', 1.9, 60_000)).granted).toBe(false)
  })

  it('leaves a client it was given open, and uses it', async () => {
    const own = inspector()
    const shared = createRedisRateLimitStore({ redis: own, prefix })
    expect(await shared.acquire('given-client', 1, 60_000)).toEqual({ granted: true })
    await shared.close()
    expect(await own.ping()).toBe('PONG')
    await own.quit()
  })
})
