import type { RequestOptions } from '@halo/core'
import type { HaloResources } from '../resources/halo-resources.js'

/** Records matching a universal search, by resource. */
export interface UniversalSearchResults {
  readonly tickets: Awaited<ReturnType<HaloResources['tickets']['search']>>
  readonly assets: Awaited<ReturnType<HaloResources['assets']['search']>>
  readonly kbArticles: Awaited<ReturnType<HaloResources['kbArticles']['search']>>
  readonly users: Awaited<ReturnType<HaloResources['users']['search']>>
}

/** Options of `halo.search(term, options)`. */
export interface UniversalSearchOptions {
  /** Most records fetched per resource. Default {@link DEFAULT_SEARCH_LIMIT}. */
  readonly limit?: number | undefined
  /** Cancels every search still in flight. */
  readonly signal?: AbortSignal | undefined
}

/** Records per resource when `limit` is not given: a search box, not an export. */
export const DEFAULT_SEARCH_LIMIT = 10

/**
 * Searches tickets, assets, KB articles and users at once with Halo's `search` filter. The four
 * searches run in parallel; one that fails rejects the whole search (a partial answer would read as
 * "no matches" for the resource that failed).
 */
export async function universalSearch(
  resources: Pick<HaloResources, 'tickets' | 'assets' | 'kbArticles' | 'users'>,
  term: string,
  options: UniversalSearchOptions = {},
): Promise<UniversalSearchResults> {
  if (typeof term !== 'string') throw new TypeError('search(term): term must be a string')
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new TypeError(`search(term, { limit }): limit must be a positive integer, got ${String(limit)}`)
  const requestOptions: RequestOptions = options.signal === undefined ? {} : { signal: options.signal }
  const [tickets, assets, kbArticles, users] = await Promise.all([
    resources.tickets.search(term, { limit }, requestOptions),
    resources.assets.search(term, { limit }, requestOptions),
    resources.kbArticles.search(term, { limit }, requestOptions),
    resources.users.search(term, { limit }, requestOptions),
  ])
  return { tickets, assets, kbArticles, users }
}
