import { MemoryResponseCacheStore } from './memory-response-cache-store.js'
import {
  DEFAULT_CACHED_RESOURCES,
  DEFAULT_RESPONSE_CACHE_TTL_MS,
  type ResponseCacheOptions,
} from './response-cache-options.js'
import type { CachedResponse, ResponseCacheStore } from './response-cache-store.js'

// A write to one of these changes what the others answer too (a ticket type's fields carry their
// lookup values and categories), so it clears them as well.
const DEPENDENTS: Readonly<Record<string, readonly string[]>> = {
  fieldinfo: ['tickettype', 'tickettypefield'],
  field: ['tickettype', 'tickettypefield'],
  lookup: ['tickettype', 'tickettypefield', 'fieldinfo'],
  category: ['tickettype', 'tickettypefield'],
  tickettype: ['tickettypefield'],
}

/**
 * The response cache of one client, as the transport uses it: it never fetches and never reads a
 * body. The transport asks `lookup` before a GET takes a rate-limit slot, hands `keep` the body it
 * read itself (under `maxResponseBytes` and the attempt's deadline, so a huge, endless or trickling
 * answer never reaches the cache), and calls `clearAfterWrite` when any other call ends.
 */
export interface ResponseCache {
  /**
   * The stored answer to a GET of `url`, or `undefined` (not cached, expired, or not a cached
   * collection). The only read of the store: a GET costs it one read, and a miss at most one write.
   */
  readonly lookup: (url: string) => Promise<CachedResponse | undefined>
  /**
   * Stores a GET's answer when `url` is a cached collection and Halo answered 200 with JSON;
   * `text` is the body the transport read and decoded (and parsed) for the call.
   */
  readonly keep: (url: string, response: Response, text: string) => Promise<void>
  /** Clears a cached collection (and those that embed it) after a write to it, whatever Halo answered. */
  readonly clearAfterWrite: (url: string) => Promise<void>
}

/**
 * Entries are keyed by namespace, origin and path with query, never by headers: no token reaches
 * the store, and one resource's keys share a prefix, so a write clears them with one call.
 */
export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
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

  return {
    async lookup(href) {
      const url = new URL(href)
      const resource = cachedResourceOf(url, cached)
      return resource === undefined ? undefined : store.get(keyOf(url, resource))
    },
    async keep(href, response, text) {
      if (response.status !== 200 || !isJson(response)) return
      const url = new URL(href)
      const resource = cachedResourceOf(url, cached)
      if (resource === undefined) return
      const entry: CachedResponse = {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: text,
      }
      await store.set(keyOf(url, resource), entry, ttlMs)
    },
    async clearAfterWrite(href) {
      const url = new URL(href)
      const resource = cachedResourceOf(url, cached)
      if (resource === undefined) return
      for (const name of [resource, ...(DEPENDENTS[resource] ?? [])]) {
        await store.deletePrefix(prefixOf(url.origin, name))
      }
    },
  }
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
