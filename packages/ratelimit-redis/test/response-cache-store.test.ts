import { createHaloCore } from '@halo/core'
import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RedisResponseCacheStore } from '../src/index.js'
import { inspector, redisAvailable, redisUrl, sleep, uniquePrefix } from './redis-test-context.js'

const entry = (body: string) => ({ status: 200, headers: { 'content-type': 'application/json' }, body })

describe.skipIf(!redisAvailable)('RedisResponseCacheStore against a real redis-server', () => {
  const prefix = uniquePrefix('response-cache')
  let store: RedisResponseCacheStore
  let redis: Redis

  beforeAll(() => {
    store = new RedisResponseCacheStore({ redis: redisUrl, prefix })
    redis = inspector()
  })
  afterAll(async () => {
    await store.close()
    await redis.quit()
  })

  it('round-trips an entry, shared by a second store on another connection', async () => {
    await store.set('a|status|/api/Status', entry('[{"id":1}]'), 60_000)
    expect(await store.get('a|status|/api/Status')).toEqual(entry('[{"id":1}]'))
    const other = new RedisResponseCacheStore({ redis: redisUrl, prefix })
    expect(await other.get('a|status|/api/Status')).toEqual(entry('[{"id":1}]'))
    await other.close()
    expect(await store.get('a|status|/api/Team')).toBeUndefined()
  })

  it('stores with a PX expiry and forgets the entry after it', async () => {
    await store.set('ttl', entry('[]'), 200)
    const ttl = await redis.pttl(store.keyOf('ttl'))
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(200)
    await sleep(300)
    expect(await store.get('ttl')).toBeUndefined()
  })

  it('deletePrefix clears every key of one resource and no other, glob characters taken literally', async () => {
    for (let page = 1; page <= 450; page += 1) {
      await store.set(`h|status|/api/Status?page_no=${page}`, entry('[]'), 60_000)
    }
    await store.set('h|team|/api/Team', entry('[]'), 60_000)
    await store.set('h*|status|/api/Status', entry('[]'), 60_000)
    await store.deletePrefix('h|status|')
    expect(await redis.keys(`${prefix}h|status|*`)).toEqual([])
    expect(await store.get('h|team|/api/Team')).toEqual(entry('[]'))
    expect(await store.get('h*|status|/api/Status')).toEqual(entry('[]'))
    await store.deletePrefix('h*')
    expect(await store.get('h*|status|/api/Status')).toBeUndefined()
    expect(await store.get('h|team|/api/Team')).toEqual(entry('[]'))
  })

  it('keeps the entry format of earlier versions: an entry written as they wrote it answers a call', async () => {
    const cachePrefix = uniquePrefix('response-cache-format')
    const shared = new RedisResponseCacheStore({ redis: redisUrl, prefix: cachePrefix })
    const sent: string[] = []
    const fetch = (async (input: string | URL | Request) => {
      const url = input instanceof Request ? input.url : String(input)
      if (url.endsWith('/auth/token')) return Response.json({ access_token: 'a', expires_in: 3600 })
      sent.push(new URL(url).pathname)
      return new Response('[{"id":1,"name":"Open"}]', { headers: { 'content-type': 'application/json' } })
    }) as typeof globalThis.fetch
    const core = createHaloCore({
      baseUrl: 'https://halo.example.test',
      authUrl: 'https://halo.example.test/auth',
      clientId: 'c',
      clientSecret: 's',
      rateLimit: false,
      retry: false,
      fetch,
      cache: { store: shared },
    })
    try {
      expect(await core.get('/Status')).toEqual([{ id: 1, name: 'Open' }])
      const keys = await redis.keys(`${cachePrefix}*`)
      expect(keys).toHaveLength(1)
      const key = keys[0] ?? ''
      const stored = (await redis.get(key)) ?? ''
      const { headers } = JSON.parse(stored) as { headers: Record<string, string> }
      expect(headers['content-type']).toBe('application/json')
      // What this version stores is byte for byte what earlier versions stored: status, headers, text.
      expect(stored).toBe(JSON.stringify({ status: 200, headers, body: '[{"id":1,"name":"Open"}]' }))
      // An entry an earlier version wrote (non-ASCII text included) is read and answers the call.
      const earlier = JSON.stringify({ status: 200, headers, body: '[{"id":2,"name":"Fermé ☕"}]' })
      await redis.set(key, earlier, 'PX', 60_000)
      expect(await core.get('/Status')).toEqual([{ id: 2, name: 'Fermé ☕' }])
      expect(await core.get<string>('/Status', { responseType: 'text' })).toBe('[{"id":2,"name":"Fermé ☕"}]')
      expect(sent).toEqual(['/api/Status'])
    } finally {
      await shared.close()
    }
  })

  it('treats a value it did not write as a miss', async () => {
    await redis.set(store.keyOf('foreign'), 'not json')
    expect(await store.get('foreign')).toBeUndefined()
  })
})

describe('RedisResponseCacheStore when Redis is unreachable', () => {
  it('fails open by default: a miss and a skipped write, not an error', async () => {
    const store = new RedisResponseCacheStore({
      redis: {
        host: '127.0.0.1',
        port: 1,
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      },
      timeoutMs: 500,
    })
    await expect(store.get('k')).resolves.toBeUndefined()
    await expect(store.set('k', entry('[]'), 1000)).resolves.toBeUndefined()
    await expect(store.deletePrefix('k')).resolves.toBeUndefined()
    await store.close()
  })
})
