export {
  MemoryResponseCacheStore,
  type MemoryResponseCacheStoreOptions,
} from './memory-response-cache-store.js'
export {
  DEFAULT_CACHED_RESOURCES,
  DEFAULT_RESPONSE_CACHE_TTL_MS,
  type ResponseCacheOptions,
} from './response-cache-options.js'
export type { CachedResponse, ResponseCacheStore } from './response-cache-store.js'
