export {
  createRedisRateLimitStore,
  RedisRateLimitStore,
  type RedisRateLimitStoreOptions,
} from './redis-rate-limit-store.js'
export { RedisResponseCacheStore, type RedisResponseCacheStoreOptions } from './redis-response-cache-store.js'
export { HaloRedisStoreError, isHaloRedisStoreError } from './redis-store-error.js'
export { createRedisTokenStore, RedisTokenStore, type RedisTokenStoreOptions } from './redis-token-store.js'
export type { RedisConnection, RedisErrorPolicy, RedisStoreOptions } from './store-options.js'
