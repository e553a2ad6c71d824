import type { HaloCoreOptions } from '../../options/core-options.js'
import { createResponseCache, type ResponseCache } from './response-cache.js'

/**
 * The core's resolved options with the opt-in response cache when `options.cache` asks for it (the
 * one hook the cache needs in `createHaloCore`), unchanged otherwise. The transport is the cache's
 * only user: it looks answers up, stores what it read, and clears entries after writes.
 */
export function withResponseCache<TResolved extends object>(
  resolved: TResolved,
  options: HaloCoreOptions,
): TResolved & { readonly responseCache?: ResponseCache | undefined } {
  if (options.cache === undefined) return resolved
  return { ...resolved, responseCache: createResponseCache(options.cache) }
}
