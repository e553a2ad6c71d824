import { canStartRedisServers } from '@halo/test-support/server-context'
import { startRedisServer } from '@halo/test-support/servers'
import { describe, expect, it } from 'vitest'
import { createRedisRateLimitStore, isHaloRedisStoreError } from '../src/index.js'
import { sleep } from './redis-test-context.js'

// CI installs redis-server (.ci/run): there its absence fails this file instead of skipping it.
const canStartServers = canStartRedisServers('@halo/ratelimit-redis')

describe.skipIf(!canStartServers)('when Redis restarts', () => {
  it('fails closed while it is down, and grants again once it is back, without a new store', {
    timeout: 30_000,
  }, async () => {
    let server = await startRedisServer()
    const store = createRedisRateLimitStore({ redis: server.url, timeoutMs: 2_000 })
    try {
      expect(await store.acquire('tenant', 5, 60_000)).toEqual({ granted: true })

      await server.stop()
      const whileDown = await store.acquire('tenant', 5, 60_000).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(isHaloRedisStoreError(whileDown)).toBe(true)

      server = await startRedisServer(server.port)
      let decision: unknown
      // ioredis reconnects with a growing back-off (at most 2 s); poll until it has.
      for (let i = 0; i < 100 && decision === undefined; i++) {
        decision = await store.acquire('tenant', 5, 60_000).catch(() => undefined)
        if (decision === undefined) await sleep(100)
      }
      // A fresh server: the script is loaded again (EVALSHA → NOSCRIPT → EVAL) and the window is new.
      expect(decision).toEqual({ granted: true })
    } finally {
      await store.close()
      await server.stop()
    }
  })
})
