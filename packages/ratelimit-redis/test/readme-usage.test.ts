// The README's usage, run: two HaloCores (as two processes would) share one window and one login.
import { createHaloCore } from '@halo/core'
import { mockCredentials, type RunningHaloMock, startHaloMock } from '@halo/mock'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedisRateLimitStore, createRedisTokenStore } from '../src/index.js'
import { redisAvailable, redisUrl, uniquePrefix } from './redis-test-context.js'

describe.skipIf(!redisAvailable)('README usage', () => {
  let halo: RunningHaloMock
  const prefix = uniquePrefix('readme')

  beforeAll(async () => {
    halo = await startHaloMock({ rateLimit: { requests: 6, windowMs: 60_000 } })
  })
  afterAll(async () => {
    await halo.close()
  })

  // As in the README, with the environment given explicitly.
  function worker() {
    const redis = redisUrl
    const rateLimitStore = createRedisRateLimitStore({ redis, prefix: `${prefix}rl:` })
    const tokenStore = createRedisTokenStore({ redis, prefix: `${prefix}token:` })
    const env = {
      HALO_BASE_URL: halo.url,
      HALO_CLIENT_ID: mockCredentials.clientId,
      HALO_CLIENT_SECRET: mockCredentials.clientSecret,
    }
    const core = createHaloCore.fromEnv(env, {
      rateLimit: { requests: 6, windowMs: 60_000 },
      rateLimitStore,
      tokenStore,
    })
    return { core, close: () => Promise.all([rateLimitStore.close(), tokenStore.close()]) }
  }

  it('two clients spend one window and log in once', async () => {
    const a = worker()
    const b = worker()
    try {
      await a.core.get('/Status')
      await Promise.all([
        a.core.get('/Status'),
        a.core.get('/Status'),
        ...[1, 2, 3].map(() => b.core.get('/Status')),
      ])
      const logins = halo.mock.requests.filter((r) => r.operation === 'POST /auth/token')
      expect(logins).toHaveLength(1)

      // The window is full for both: a seventh request waits (here: until its signal gives up).
      await expect(b.core.get('/Status', { signal: AbortSignal.timeout(300) })).rejects.toMatchObject({
        name: 'TimeoutError',
      })
      expect(halo.mock.requests.filter((r) => r.status === 429)).toHaveLength(0)
      expect(halo.mock.requests.filter((r) => r.status === 200 && r.path === '/api/Status')).toHaveLength(6)
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })
})
