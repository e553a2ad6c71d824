import { describe, expect, it } from 'vitest'
import {
  createRedisRateLimitStore,
  createRedisTokenStore,
  HaloRedisStoreError,
  isHaloRedisStoreError,
} from '../src/index.js'
import { freePort } from './redis-server-process.js'

// No Redis needed: these talk to a port where nothing listens.
describe('when Redis is down', () => {
  async function deadRedisUrl() {
    return `redis://127.0.0.1:${await freePort()}`
  }

  it('fail-closed (default): acquire rejects with a HaloRedisStoreError that says what to check', async () => {
    const store = createRedisRateLimitStore({ redis: await deadRedisUrl(), timeoutMs: 2_000 })
    try {
      const error = await store.acquire('tenant', 10, 1_000).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(HaloRedisStoreError)
      expect(isHaloRedisStoreError(error)).toBe(true)
      expect((error as HaloRedisStoreError).operation).toBe('acquire')
      expect((error as Error).message).toMatch(/Redis store acquire failed: .*Check that Redis is reachable/)
      await expect(store.block('tenant', Date.now() + 1_000)).rejects.toThrow(HaloRedisStoreError)
    } finally {
      await store.close()
    }
  })

  it('fail-open: acquire grants and the failure is logged as a warning', async () => {
    const warnings: string[] = []
    const store = createRedisRateLimitStore({
      redis: await deadRedisUrl(),
      onRedisError: 'fail-open',
      timeoutMs: 2_000,
      logger: { warn: (message) => warnings.push(message) },
    })
    try {
      expect(await store.acquire('tenant', 10, 1_000)).toEqual({ granted: true })
      await expect(store.block('tenant', Date.now() + 1_000)).resolves.toBeUndefined()
      expect(warnings).toHaveLength(2)
      expect(warnings[0]).toMatch(/fail-open/)
    } finally {
      await store.close()
    }
  })

  it('token store: fail-closed rejects without the token in the error; fail-open answers "no token"', async () => {
    const url = await deadRedisUrl()
    const closed = createRedisTokenStore({ redis: url, timeoutMs: 2_000 })
    const open = createRedisTokenStore({ redis: url, onRedisError: 'fail-open', timeoutMs: 2_000 })
    try {
      const token = { accessToken: 'canary-secret-token', expiresAt: Date.now() + 60_000 }
      const error = await closed.set('tenant', token).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(isHaloRedisStoreError(error)).toBe(true)
      expect(JSON.stringify(error)).not.toContain('canary-secret-token')
      expect(String((error as Error).message)).not.toContain('canary-secret-token')
      await expect(closed.get('tenant')).rejects.toThrow(/token get failed/)

      await expect(open.set('tenant', token)).resolves.toBeUndefined()
      expect(await open.get('tenant')).toBeUndefined()
    } finally {
      await closed.close()
      await open.close()
    }
  })

  it('a Redis that never answers counts as down after timeoutMs', async () => {
    // A TCP server that accepts and stays silent: ioredis connects but gets no replies.
    const { createServer } = await import('node:net')
    const sockets = new Set<import('node:net').Socket>()
    const silent = createServer((socket) => sockets.add(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as import('node:net').AddressInfo
    const store = createRedisRateLimitStore({
      redis: { port, host: '127.0.0.1', protocol: 2 },
      timeoutMs: 200,
    })
    try {
      await expect(store.acquire('tenant', 1, 1_000)).rejects.toThrow(/no answer within 200 ms/)
    } finally {
      await store.close()
      for (const socket of sockets) socket.destroy()
      silent.close()
    }
  })
})
