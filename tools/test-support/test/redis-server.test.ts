import { describe, expect, it } from 'vitest'
import { canStartRedisServers, testServerUrl } from '../src/server-context.js'
import { answersRedisPing, startRedisServer } from '../src/servers/index.js'

const redisUrl = testServerUrl('@halo/test-support', 'redis')
const canStart = canStartRedisServers('@halo/test-support')

describe.skipIf(redisUrl === '')('the Redis the global setup provides', () => {
  it('answers PING', async () => {
    expect(await answersRedisPing(Number(new URL(redisUrl).port))).toBe(true)
  })
})

describe.skipIf(!canStart)('startRedisServer', () => {
  it('starts a redis-server on a port of its own, again on the same port, and stops it', async () => {
    const first = await startRedisServer()
    expect(first.url).toBe(`redis://127.0.0.1:${first.port}`)
    expect(await answersRedisPing(first.port)).toBe(true)
    await first.stop()
    expect(await answersRedisPing(first.port)).toBe(false)
    const again = await startRedisServer(first.port)
    try {
      expect(await answersRedisPing(again.port)).toBe(true)
    } finally {
      await again.stop()
      await again.stop() // a second stop is a no-op
    }
  })
})
