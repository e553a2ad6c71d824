import type { CachedResponse, ResponseCacheStore } from './response-cache-store.js'

/** Options of the in-process response cache store. */
export interface MemoryResponseCacheStoreOptions {
  /** Most entries kept; the oldest is dropped first. Default 1000. */
  readonly maxEntries?: number | undefined
  /** Clock, for tests. Default `Date.now`. */
  readonly now?: (() => number) | undefined
}

/** The response cache of one process: a bounded map with expiry, oldest entry dropped first. */
export class MemoryResponseCacheStore implements ResponseCacheStore {
  readonly #entries = new Map<string, { readonly value: CachedResponse; readonly expiresAt: number }>()
  readonly #maxEntries: number
  readonly #now: () => number

  constructor(options: MemoryResponseCacheStoreOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 1000
    this.#now = options.now ?? Date.now
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    const entry = this.#entries.get(key)
    if (entry === undefined) return undefined
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key)
      return undefined
    }
    return entry.value
  }

  async set(key: string, value: CachedResponse, ttlMs: number): Promise<void> {
    this.#entries.delete(key) // re-inserted last, so the map's order stays oldest first
    this.#entries.set(key, { value, expiresAt: this.#now() + ttlMs })
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value
      if (oldest === undefined) break
      this.#entries.delete(oldest)
    }
  }

  async deletePrefix(prefix: string): Promise<void> {
    for (const key of this.#entries.keys()) if (key.startsWith(prefix)) this.#entries.delete(key)
  }

  /** How many entries are held (expired ones included until read). */
  get size(): number {
    return this.#entries.size
  }
}
