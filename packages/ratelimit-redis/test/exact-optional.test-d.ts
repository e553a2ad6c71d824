// Compiled under `strict` + `exactOptionalPropertyTypes` (this package's tsconfig, by way of
// tsconfig.base.json; the probe below fails to compile if the setting is ever turned off): a consumer
// with that setting passes values that may be `undefined`, such as `process.env.X` or a parsed flag,
// straight into every store's options.
import type { HaloLogger } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  createRedisRateLimitStore,
  createRedisTokenStore,
  type RedisErrorPolicy,
  RedisRateLimitStore,
  type RedisRateLimitStoreOptions,
  RedisResponseCacheStore,
  type RedisResponseCacheStoreOptions,
  type RedisStoreOptions,
  RedisTokenStore,
  type RedisTokenStoreOptions,
} from '../src/index.js'

type Probe = { readonly value?: number }
// @ts-expect-error under exactOptionalPropertyTypes an optional property without `| undefined` refuses undefined
export const probe: Probe = { value: undefined }

declare const maybe: <T>() => T | undefined

describe('store options under exactOptionalPropertyTypes', () => {
  it('every optional option of the shared options takes undefined', () => {
    const shared: RedisStoreOptions = {
      redis: 'redis://127.0.0.1:6379',
      prefix: maybe<string>(),
      onRedisError: maybe<RedisErrorPolicy>(),
      timeoutMs: maybe<number>(),
      logger: maybe<HaloLogger>(),
    }
    expectTypeOf(shared.prefix).toEqualTypeOf<string | undefined>()
    expectTypeOf<RedisStoreOptions['logger']>().toEqualTypeOf<HaloLogger | undefined>()
  })

  it('each store takes its own options with values that may be undefined', () => {
    const rateLimit: RedisRateLimitStoreOptions = {
      redis: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      prefix: process.env.HALO_RL_PREFIX,
      windowMarginMs: maybe<number>(),
      fallbackShare: maybe<number>(),
    }
    const token: RedisTokenStoreOptions = {
      redis: 'redis://127.0.0.1:6379',
      prefix: process.env.HALO_TOKEN_PREFIX,
      loginWaitMs: maybe<number>(),
    }
    const cache: RedisResponseCacheStoreOptions = {
      redis: 'redis://127.0.0.1:6379',
      prefix: maybe<string>(),
      onRedisError: maybe<RedisErrorPolicy>(),
    }
    expectTypeOf(createRedisRateLimitStore).parameter(0).toEqualTypeOf<RedisRateLimitStoreOptions>()
    expectTypeOf(createRedisTokenStore).parameter(0).toEqualTypeOf<RedisTokenStoreOptions>()
    expectTypeOf(RedisRateLimitStore).constructorParameters.toEqualTypeOf<[RedisRateLimitStoreOptions]>()
    expectTypeOf(RedisTokenStore).constructorParameters.toEqualTypeOf<[RedisTokenStoreOptions]>()
    expectTypeOf(RedisResponseCacheStore).constructorParameters.toEqualTypeOf<
      [RedisResponseCacheStoreOptions]
    >()
    expectTypeOf(rateLimit.fallbackShare).toEqualTypeOf<number | undefined>()
    expectTypeOf(token.loginWaitMs).toEqualTypeOf<number | undefined>()
    expectTypeOf(cache.prefix).toEqualTypeOf<string | undefined>()
  })
})
