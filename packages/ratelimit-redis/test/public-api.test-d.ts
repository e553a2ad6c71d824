import type { HaloHooks, RateLimitStore, SlotDecision, TokenStore } from '@halo/core'
import type { Redis } from 'ioredis'
import { describe, expectTypeOf, it } from 'vitest'
import {
  createRedisRateLimitStore,
  createRedisTokenStore,
  type HaloRedisStoreError,
  isHaloRedisStoreError,
  type RedisConnection,
  type RedisErrorPolicy,
  type RedisRateLimitStore,
  type RedisTokenStore,
} from '../src/index.js'

describe('public types', () => {
  it('the stores satisfy the core contracts', () => {
    expectTypeOf(createRedisRateLimitStore).returns.toExtend<RateLimitStore>()
    expectTypeOf(createRedisTokenStore).returns.toExtend<TokenStore>()
    expectTypeOf<RedisRateLimitStore['acquire']>().returns.toEqualTypeOf<Promise<SlotDecision>>()
    expectTypeOf<RedisTokenStore['close']>().returns.toEqualTypeOf<Promise<void>>()
  })

  it('settle(key) implements the optional RateLimitStore.settle the core calls', () => {
    expectTypeOf<RedisRateLimitStore['settle']>().toEqualTypeOf<(key: string) => Promise<void>>()
    expectTypeOf<RedisRateLimitStore['settle']>().toExtend<NonNullable<RateLimitStore['settle']>>()
    expectTypeOf<RedisRateLimitStore['pendingSlots']>().toEqualTypeOf<number>()
  })

  it('the deprecated hooks() still takes and returns HaloHooks', () => {
    expectTypeOf<RedisRateLimitStore['hooks']>().parameter(0).toEqualTypeOf<HaloHooks | undefined>()
    expectTypeOf<RedisRateLimitStore['hooks']>().returns.toEqualTypeOf<HaloHooks>()
  })

  it('accepts a client, options or a URL as the connection', () => {
    expectTypeOf<Redis>().toExtend<RedisConnection>()
    expectTypeOf<{ host: string; port: number }>().toExtend<RedisConnection>()
    expectTypeOf<'redis://127.0.0.1:6379'>().toExtend<RedisConnection>()
    expectTypeOf<number>().not.toExtend<RedisConnection>()
    expectTypeOf<RedisErrorPolicy>().toEqualTypeOf<'fail-open' | 'fail-closed'>()
    // @ts-expect-error: the policy is one of two words
    createRedisRateLimitStore({ redis: 'redis://x', onRedisError: 'ignore' })
    // @ts-expect-error: a connection is required
    createRedisTokenStore({ prefix: 'p:' })
  })

  it('narrows with the error predicate', () => {
    const value: unknown = new Error('x')
    if (isHaloRedisStoreError(value)) expectTypeOf(value).toEqualTypeOf<HaloRedisStoreError>()
    expectTypeOf<HaloRedisStoreError['operation']>().toEqualTypeOf<string>()
  })
})
