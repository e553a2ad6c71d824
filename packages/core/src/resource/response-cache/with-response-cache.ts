import type { HaloCoreOptions } from '../../options/core-options.js'
import { createResponseCache, type ResponseCache } from './cached-fetch.js'

/**
 * The core's resolved options with the opt-in response cache in front of `fetch` when `options.cache`
 * asks for it (the one hook the cache needs in `createHaloCore`), unchanged otherwise. `cachedAnswer`
 * is the cache's lookup, which the transport asks before a GET takes a rate-limit slot.
 */
export function withResponseCache<TResolved extends { readonly fetch: () => typeof globalThis.fetch }>(
  resolved: TResolved,
  options: HaloCoreOptions,
): TResolved & { readonly cachedAnswer?: ResponseCache['lookup'] | undefined } {
  if (options.cache === undefined) return resolved
  const cache = createResponseCache(resolved.fetch, options.cache)
  return { ...resolved, fetch: cache.fetch, cachedAnswer: cache.lookup }
}
