import { MemoryResponseCacheStore } from './memory-response-cache-store.js'
import {
  DEFAULT_CACHED_RESOURCES,
  DEFAULT_RESPONSE_CACHE_TTL_MS,
  type ResponseCacheOptions,
} from './response-cache-options.js'
import type { CachedResponse, ResponseCacheStore } from './response-cache-store.js'

type Fetch = typeof globalThis.fetch

// A write to one of these changes what the others answer too (a ticket type's fields carry their
// lookup values and categories), so it clears them as well.
const DEPENDENTS: Readonly<Record<string, readonly string[]>> = {
  fieldinfo: ['tickettype', 'tickettypefield'],
  field: ['tickettype', 'tickettypefield'],
  lookup: ['tickettype', 'tickettypefield', 'fieldinfo'],
  category: ['tickettype', 'tickettypefield'],
  tickettype: ['tickettypefield'],
}

/** The response cache of one client: its `fetch` wrapper, and its answer to a GET before any is sent. */
export interface ResponseCache {
  /** `fetch` that stores what Halo answers a cached collection and clears it on writes. */
  readonly fetch: () => Fetch
  /**
   * The stored answer to a GET of `url`, or `undefined` (not cached, expired, or not a cached
   * collection). The transport asks before the call takes a rate-limit slot or a token, so an
   * answer from the cache costs none of the tenant's budget.
   */
  readonly lookup: (url: string) => Promise<Response | undefined>
}

/**
 * The response cache in two parts, so that a GET costs the store at most one read and one write:
 *
 * - `lookup` is the only part that reads the store. The transport asks it before a GET takes a
 *   rate-limit slot; only a miss goes on to `fetch`.
 * - `fetch` wraps the client's `fetch` (a getter, as the core resolves it per call). A successful
 *   JSON answer to a GET of a cached collection is stored; any other method sent to a cached
 *   collection (the library's own writes and deletes) clears that collection's entries once it
 *   completes, whatever Halo answered. It never reads the store: a miss was just looked up, and a
 *   second read would cost a shared store (Redis) one more round trip per uncached GET.
 *
 * Entries are keyed by origin and path with query, never by headers: no token reaches the store.
 */
export function createResponseCache(fetch: () => Fetch, options: ResponseCacheOptions): ResponseCache {
  const store: ResponseCacheStore = options.store ?? new MemoryResponseCacheStore()
  const ttlMs = options.ttlMs ?? DEFAULT_RESPONSE_CACHE_TTL_MS
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
    throw new TypeError(`cache.ttlMs must be a positive number of milliseconds, got ${String(ttlMs)}`)
  }
  const cached = new Set((options.resources ?? DEFAULT_CACHED_RESOURCES).map((name) => name.toLowerCase()))
  const namespace = `halo:response-cache:${options.namespace ?? ''}:`
  const prefixOf = (origin: string, resource: string) => `${namespace}${origin}|${resource}|`

  const keyOf = (url: URL, resource: string) =>
    `${prefixOf(url.origin, resource)}${url.pathname}${url.search}`

  const lookup = async (href: string): Promise<Response | undefined> => {
    const url = new URL(href)
    const resource = cachedResourceOf(url, cached)
    if (resource === undefined) return undefined
    const hit = await store.get(keyOf(url, resource))
    return hit === undefined ? undefined : toResponse(hit)
  }

  const storing: Fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const resource = cachedResourceOf(url, cached)
    if (resource === undefined) return fetch()(input, init)
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
    if (method !== 'GET') {
      try {
        return await fetch()(input, init)
      } finally {
        for (const name of [resource, ...(DEPENDENTS[resource] ?? [])]) {
          await store.deletePrefix(prefixOf(url.origin, name))
        }
      }
    }
    const response = await fetch()(input, init)
    if (response.status !== 200 || !isJson(response)) return response
    const entry: CachedResponse = {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: await response.text(),
    }
    await store.set(keyOf(url, resource), entry, ttlMs)
    return toResponse(entry)
  }
  return { fetch: () => storing, lookup }
}

// The collection a URL addresses (`/api/Status/3` → `status`) when it is one of the cached ones.
function cachedResourceOf(url: URL, cached: ReadonlySet<string>): string | undefined {
  const segments = url.pathname.split('/').filter((segment) => segment !== '')
  const api = segments.findIndex((segment) => segment.toLowerCase() === 'api')
  const collection = api === -1 ? undefined : segments[api + 1]?.toLowerCase()
  return collection !== undefined && cached.has(collection) ? collection : undefined
}

function isJson(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').toLowerCase().includes('json')
}

function toResponse(entry: CachedResponse): Response {
  return new Response(entry.body, { status: entry.status, headers: entry.headers })
}
