import type { ResponseCacheStore } from './response-cache-store.js'

/**
 * The reference data cached unless `resources` says otherwise: ticket types (with their fields),
 * field definitions, statuses, priorities, categories, lookup lists, agents and teams. Tickets and
 * other transactional records are never cached unless named.
 */
export const DEFAULT_CACHED_RESOURCES: readonly string[] = [
  'TicketType',
  'TicketTypeField',
  'FieldInfo',
  'Field',
  'Status',
  'Priority',
  'Category',
  'Lookup',
  'Agent',
  'Team',
]

/** Five minutes: reference data changes rarely, and the library's own writes clear it at once. */
export const DEFAULT_RESPONSE_CACHE_TTL_MS = 5 * 60_000

/** The `cache` option of `createHaloCore` / `HaloClient`: opt-in caching of reference data. */
export interface ResponseCacheOptions {
  /** Where entries live. Default: a `MemoryResponseCacheStore` of this client. */
  readonly store?: ResponseCacheStore | undefined
  /** How long an answer is reused. Default 5 minutes. */
  readonly ttlMs?: number | undefined
  /**
   * The collections cached, by the first path segment after `/api` (`'Status'`, `'TicketType'`),
   * compared without regard to case. Default `DEFAULT_CACHED_RESOURCES`. Name `'Tickets'` here only
   * if stale tickets are acceptable for `ttlMs`.
   */
  readonly resources?: readonly string[] | undefined
  /**
   * Separates the entries of clients sharing one store that must not see each other's answers
   * (agents with different permissions on one instance). Default `''`.
   */
  readonly namespace?: string | undefined
}
