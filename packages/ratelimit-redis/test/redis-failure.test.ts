import { HaloError, inFlightLeaseMs, isHaloError } from '@halo/core'
import { freePort } from '@halo/test-support/servers'
import { describe, expect, it, vi } from 'vitest'
import {
  createRedisRateLimitStore,
  createRedisTokenStore,
  HaloRedisStoreError,
  isHaloRedisStoreError,
} from '../src/index.js'

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

  it('fail-open: counts in a per-process window instead of letting every request through', async () => {
    const warnings: string[] = []
    const store = createRedisRateLimitStore({
      redis: await deadRedisUrl(),
      onRedisError: 'fail-open',
      timeoutMs: 2_000,
      logger: { warn: (message) => warnings.push(message) },
    })
    try {
      const decisions = []
      for (let i = 0; i < 4; i++) decisions.push(await store.acquire('tenant', 3, 60_000))
      expect(decisions.slice(0, 3)).toEqual([{ granted: true }, { granted: true }, { granted: true }])
      expect(decisions[3]).toMatchObject({ granted: false })
      expect((decisions[3] as { retryInMs: number }).retryInMs).toBeGreaterThan(0)
      expect(warnings[0]).toMatch(/fail-open/)
    } finally {
      await store.close()
    }
  })

  it('fail-open: fallbackShare gives each worker its part of the budget, and a 429 block holds', async () => {
    const store = createRedisRateLimitStore({
      redis: await deadRedisUrl(),
      onRedisError: 'fail-open',
      fallbackShare: 1 / 3,
      timeoutMs: 2_000,
      logger: { warn: () => {} },
    })
    try {
      let granted = 0
      for (let i = 0; i < 10; i++) if ((await store.acquire('tenant', 9, 60_000)).granted) granted++
      expect(granted).toBe(3)

      await store.block('other', Date.now() + 30_000)
      const blocked = await store.acquire('other', 100, 60_000)
      expect(blocked).toMatchObject({ granted: false })
      expect((blocked as { retryInMs: number }).retryInMs).toBeGreaterThan(25_000)
    } finally {
      await store.close()
    }
    expect(() => createRedisRateLimitStore({ redis: 'redis://127.0.0.1:1', fallbackShare: 0 })).toThrow(
      /fallbackShare must be a number in \(0, 1\]/,
    )
  })

  it('fail-open: the fallback holds a slot in flight for the configured inFlightLeaseMs, not the default', async () => {
    const store = createRedisRateLimitStore({
      redis: await deadRedisUrl(),
      onRedisError: 'fail-open',
      inFlightLeaseMs: 5_000,
      timeoutMs: 2_000,
      logger: { warn: () => {} },
    })
    // Only Date is faked: the fallback's clock moves with it, Redis's connection timers stay real.
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const held = { untilSettled: true }
      expect(await store.acquire('tenant', 1, 1_000, held)).toEqual({ granted: true })
      vi.setSystemTime(Date.now() + 4_999)
      expect(await store.acquire('tenant', 1, 1_000, held)).toEqual({ granted: false, retryInMs: 1 })
      // The default lease (10 minutes) would hold it on; the configured one has ended.
      vi.setSystemTime(Date.now() + 1)
      expect(await store.acquire('tenant', 1, 1_000, held)).toEqual({ granted: true })
    } finally {
      vi.useRealTimers()
      await store.close()
    }
  })

  it("the store's default lease is core's, the one its fallback and the in-memory store use", async () => {
    const store = createRedisRateLimitStore({ redis: await deadRedisUrl() })
    try {
      for (const windowMs of [1_000, 60_000, 300_000, 900_000]) {
        expect(store.leaseFor(windowMs)).toBe(inFlightLeaseMs(windowMs))
      }
      expect(store.leaseFor(900_000)).toBe(1_800_000)
    } finally {
      await store.close()
    }
  })

  it('HaloRedisStoreError is a HaloError, so isHaloError covers it', async () => {
    const store = createRedisRateLimitStore({ redis: await deadRedisUrl(), timeoutMs: 2_000 })
    try {
      const error = await store.acquire('tenant', 10, 1_000).catch((e: unknown) => e)
      expect(isHaloError(error)).toBe(true)
      expect(error).toBeInstanceOf(HaloError)
      expect((error as HaloError).name).toBe('HaloRedisStoreError')
      expect((error as HaloError).toJSON()).toMatchObject({
        name: 'HaloRedisStoreError',
        operation: 'acquire',
      })
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
