import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedisRateLimitStore, createRedisTokenStore, isHaloRedisStoreError } from '../src/index.js'
import { inspector, redisAvailable, redisUrl, uniquePrefix } from './redis-test-context.js'

// The least-privilege user the README recommends, limited to one prefix.
describe.skipIf(!redisAvailable)('under the ACL user the README recommends', () => {
  const user = `halo-test-${randomUUID().slice(0, 8)}`
  const password = randomUUID()
  const prefix = uniquePrefix('acl')
  let admin: Redis
  let url: string

  beforeAll(async () => {
    admin = inspector()
    await admin.call(
      'ACL',
      ...['SETUSER', user, 'on', `>${password}`, `~${prefix}*`, '-@all', '+@read', '+@write'],
      ...['+@scripting', '-@dangerous', '+info', '+time', '+ping', '+hello', '+client'],
    )
    const server = new URL(redisUrl)
    server.username = user
    server.password = password
    url = server.toString()
  })
  afterAll(async () => {
    await admin.call('ACL', 'DELUSER', user)
    await admin.quit()
  })

  it('both stores work within their prefix, and are refused outside it', async () => {
    const limiter = createRedisRateLimitStore({ redis: url, prefix: `${prefix}rl:` })
    const tokens = createRedisTokenStore({ redis: url, prefix: `${prefix}token:` })
    const outside = createRedisRateLimitStore({ redis: url, prefix: 'elsewhere:' })
    try {
      expect(await limiter.acquire('tenant', 1, 60_000)).toEqual({ granted: true })
      expect((await limiter.acquire('tenant', 1, 60_000)).granted).toBe(false)
      await limiter.block('tenant', Date.now() + 1_000)
      const token = { accessToken: 'canary-acl-token', expiresAt: Date.now() + 60_000 }
      await tokens.set('tenant', token)
      expect(await tokens.get('tenant')).toEqual(token)
      await tokens.delete('tenant')

      const refused = await outside.acquire('tenant', 1, 60_000).catch((e: unknown) => e)
      expect(isHaloRedisStoreError(refused)).toBe(true)
      expect((refused as Error).message).toMatch(/NOPERM/)
    } finally {
      await Promise.all([limiter.close(), tokens.close(), outside.close()])
    }
  })
})
