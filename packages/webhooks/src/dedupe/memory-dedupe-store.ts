import {
  DEFAULT_KEEP_MS,
  DEFAULT_LEASE_MS,
  type DedupeTimes,
  type DeliveryClaim,
  type WebhookDedupeStore,
} from './dedupe-store.js'

export interface MemoryDedupeStoreOptions extends DedupeTimes {
  /** Most deliveries remembered; the oldest are forgotten first (default 10 000). */
  readonly maxEntries?: number | undefined
  /** Clock in epoch ms (default `Date.now`). */
  readonly now?: (() => number) | undefined
}

interface Entry {
  state: 'in-progress' | 'handled'
  until: number
}

/**
 * Deliveries remembered in this process: enough for one receiver. Several processes behind a load
 * balancer need a shared store such as {@link createRedisDedupeStore}.
 *
 * @example
 * ```ts
 * import { createMemoryDedupeStore } from '@halo/webhooks'
 *
 * const dedupe = createMemoryDedupeStore({ keepMs: 60 * 60 * 1000, maxEntries: 1000 })
 * console.log(await dedupe.claim('delivery-1')) // 'claimed'
 * ```
 */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): WebhookDedupeStore {
  const keepMs = options.keepMs ?? DEFAULT_KEEP_MS
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS
  const maxEntries = options.maxEntries ?? 10_000
  const now = options.now ?? Date.now
  const entries = new Map<string, Entry>()

  function set(key: string, entry: Entry): void {
    entries.delete(key) // re-insert so Map order stays oldest-first
    entries.set(key, entry)
    while (entries.size > maxEntries) {
      const oldest = entries.keys().next().value
      if (oldest === undefined) break
      entries.delete(oldest)
    }
  }

  return {
    async claim(key): Promise<DeliveryClaim> {
      const entry = entries.get(key)
      const at = now()
      if (entry && entry.until > at) return entry.state
      set(key, { state: 'in-progress', until: at + leaseMs })
      return 'claimed'
    },
    async complete(key) {
      set(key, { state: 'handled', until: now() + keepMs })
    },
    async release(key) {
      if (entries.get(key)?.state === 'in-progress') entries.delete(key)
    },
  }
}
