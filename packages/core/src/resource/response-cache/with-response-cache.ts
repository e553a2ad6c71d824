import type { HaloCoreOptions } from '../../options/core-options.js'
import { cachedFetch } from './cached-fetch.js'

/**
 * The core's resolved options with the opt-in response cache in front of `fetch` when `options.cache`
 * asks for it (the one hook the cache needs in `createHaloCore`), unchanged otherwise.
 */
export function withResponseCache<TResolved extends { readonly fetch: () => typeof globalThis.fetch }>(
  resolved: TResolved,
  options: HaloCoreOptions,
): TResolved {
  if (options.cache === undefined) return resolved
  return { ...resolved, fetch: cachedFetch(resolved.fetch, options.cache) }
}
