import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedisTokenStore, type RedisTokenStore } from '../src/index.js'
import { inspector, redisAvailable, redisUrl, sleep, uniquePrefix } from './redis-test-context.js'

describe.skipIf(!redisAvailable)('RedisTokenStore against a real redis-server', () => {
  const prefix = uniquePrefix('token')
  let store: RedisTokenStore
  let redis: Redis

  beforeAll(() => {
    store = createRedisTokenStore({ redis: redisUrl, prefix })
    redis = inspector()
  })
  afterAll(async () => {
    await store.close()
    await redis.quit()
  })

  it('round-trips a token, shared by a second store on another connection', async () => {
    const token = { accessToken: 'canary-token-1', expiresAt: Date.now() + 60_000 }
    await store.set('tenant', token)
    expect(await store.get('tenant')).toEqual(token)

    const other = createRedisTokenStore({ redis: redisUrl, prefix })
    expect(await other.get('tenant')).toEqual(token)
    await other.close()
  })

  it('stores only the access token and its expiry, with a PX expiry at that time', async () => {
    const expiresAt = Date.now() + 30_000
    const withExtras = { accessToken: 'canary-token-2', expiresAt, refreshToken: 'canary-refresh' }
    await store.set('extras', withExtras)
    const raw = await redis.get(store.keyOf('extras'))
    expect(JSON.parse(raw ?? 'null')).toEqual({ accessToken: 'canary-token-2', expiresAt })
    expect(raw).not.toContain('canary-refresh')
    const ttl = await redis.pttl(store.keyOf('extras'))
    expect(ttl).toBeGreaterThan(25_000)
    expect(ttl).toBeLessThanOrEqual(30_000)
  })

  it('expires with the token', async () => {
    await store.set('short', { accessToken: 'canary-token-3', expiresAt: Date.now() + 150 })
    expect(await store.get('short')).toBeDefined()
    for (let i = 0; i < 100 && (await redis.exists(store.keyOf('short'))) > 0; i++) await sleep(25)
    expect(await redis.exists(store.keyOf('short'))).toBe(0)
    expect(await store.get('short')).toBeUndefined()
  })

  it('does not store a token already expired, and drops the old one', async () => {
    await store.set('stale', { accessToken: 'canary-token-4', expiresAt: Date.now() + 60_000 })
    await store.set('stale', { accessToken: 'canary-token-5', expiresAt: Date.now() - 1 })
    expect(await redis.exists(store.keyOf('stale'))).toBe(0)
    expect(await store.get('stale')).toBeUndefined()
  })

  it('a process that wins the claim just after another stored its token uses that token', async () => {
    // The race: B reads (no token), A stores its token and ends its claim, then B claims. B must
    // answer A's token instead of logging in a second time.
    const token = { accessToken: 'canary-token-race', expiresAt: Date.now() + 60_000 }
    const connection = inspector()
    let raced = false
    const slowReader = new Proxy(connection, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver)
        if (property !== 'get' || typeof value !== 'function')
          return typeof value === 'function' ? value.bind(target) : value
        return async (redisKey: string) => {
          const answer = await value.call(target, redisKey)
          if (!raced && redisKey === store.keyOf('race')) {
            raced = true
            await store.set('race', token)
          }
          return answer
        }
      },
    })
    const late = createRedisTokenStore({ redis: slowReader, prefix })
    expect(await late.get('race')).toEqual(token)
    expect(raced).toBe(true)
    expect(await redis.exists(store.loginKeyOf('race'))).toBe(0)
    await late.close()
    await connection.quit()
  })

  it('delete forgets the token', async () => {
    await store.set('refused', { accessToken: 'canary-token-6', expiresAt: Date.now() + 60_000 })
    await store.delete('refused')
    expect(await store.get('refused')).toBeUndefined()
    expect(await redis.exists(store.keyOf('refused'))).toBe(0)
  })

  it('treats an unreadable value as no token', async () => {
    await redis.set(store.keyOf('garbage'), 'not json', 'PX', 60_000)
    expect(await store.get('garbage')).toBeUndefined()
    await redis.set(store.keyOf('wrong-shape'), '{"accessToken":5}', 'PX', 60_000)
    expect(await store.get('wrong-shape')).toBeUndefined()
  })

  describe('one login for workers that start together', () => {
    it('the first caller logs in; the others wait for the token it stores', async () => {
      const other = createRedisTokenStore({ redis: redisUrl, prefix })
      try {
        expect(await store.get('cold')).toBeUndefined() // this one logs in
        const waiting = other.get('cold')
        await sleep(120)
        const token = { accessToken: 'canary-token-7', expiresAt: Date.now() + 60_000 }
        await store.set('cold', token)
        expect(await waiting).toEqual(token)
        expect(await redis.exists(store.loginKeyOf('cold'))).toBe(0)
      } finally {
        await other.close()
      }
    })

    it('a login that never stores a token holds the others up for loginWaitMs at most', async () => {
      const first = createRedisTokenStore({ redis: redisUrl, prefix, loginWaitMs: 300 })
      const second = createRedisTokenStore({ redis: redisUrl, prefix, loginWaitMs: 300 })
      try {
        expect(await first.get('abandoned')).toBeUndefined()
        const started = Date.now()
        expect(await second.get('abandoned')).toBeUndefined() // took over the claim, logs in itself
        expect(Date.now() - started).toBeGreaterThanOrEqual(200)
      } finally {
        await first.close()
        await second.close()
      }
    })

    it('the claimant retrying its own failed login does not wait for itself', async () => {
      const patient = createRedisTokenStore({ redis: redisUrl, prefix, loginWaitMs: 20_000 })
      try {
        expect(await patient.get('retry')).toBeUndefined()
        const started = Date.now()
        expect(await patient.get('retry')).toBeUndefined()
        // Waiting for itself would take the whole 20 s claim.
        expect(Date.now() - started).toBeLessThan(10_000)
      } finally {
        await patient.close()
      }
    })
  })
})
