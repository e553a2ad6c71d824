import { raceAbort } from '../../transport/abort.js'
/** One named thing as a loader reports it: a status, a ticket type, an agent … */
export interface NamedEntry<TId> {
  name: string | null | undefined
  id: TId
}

export interface NameLookupCacheOptions<TId> {
  /** What is being looked up, for error messages: `'status'`, `'ticket type'`. */
  kind: string
  /**
   * Fetches every entry (e.g. `GET /Status`). Called at most once at a time, and again after `ttlMs`.
   * It gets no abort signal: the load is shared by every waiting caller, and one caller giving up must
   * not fail the others. Each caller's own signal still ends that caller's wait.
   */
  load: () => Promise<Iterable<NamedEntry<TId>>>
  /** How long a loaded list is trusted. Default 5 minutes; `Infinity` keeps it until `clear()`. */
  ttlMs?: number | undefined
  /** Clock, replaceable in tests. */
  now?: (() => number) | undefined
}

/** Thrown by `NameLookupCache.resolve` when a name matches nothing, or more than one entry. */
export class NameLookupError extends Error {
  override readonly name = 'NameLookupError'
  readonly kind: string
  readonly lookupName: string
  /** Ids that matched (two or more when ambiguous, none when unknown). */
  readonly matches: readonly unknown[]

  constructor(kind: string, lookupName: string, matches: readonly unknown[], known: readonly string[]) {
    const message =
      matches.length === 0
        ? `No ${kind} named "${lookupName}". Known: ${preview(known)}.`
        : `The ${kind} name "${lookupName}" is ambiguous: ids ${matches.map(String).join(', ')} share it. Use the id.`
    super(message)
    this.kind = kind
    this.lookupName = lookupName
    this.matches = matches
  }
}

const DEFAULT_TTL_MS = 5 * 60 * 1000

interface Snapshot<TId> {
  loadedAt: number
  byName: Map<string, TId[]>
  names: string[]
}

/**
 * Maps names to ids (`'Open'` → 1) for lists that rarely change, so a resource can accept a name where
 * Halo wants an id without a request per call.
 *
 * Names compare case-insensitively and ignoring surrounding spaces, as Halo's UI does. Concurrent
 * lookups while the list is loading share one request (single flight); a failed load is not cached,
 * so the next lookup tries again.
 */
export class NameLookupCache<TId> {
  readonly #options: NameLookupCacheOptions<TId>
  #snapshot: Snapshot<TId> | undefined
  #loading: Promise<Snapshot<TId>> | undefined

  constructor(options: NameLookupCacheOptions<TId>) {
    const ttl = options.ttlMs ?? DEFAULT_TTL_MS
    if (!(ttl >= 0)) throw new RangeError(`NameLookupCache: ttlMs must be zero or more, got ${String(ttl)}`)
    this.#options = options
  }

  /** The id for `name`, or `undefined` when nothing (or more than one entry) has that name. */
  async find(name: string, signal?: AbortSignal): Promise<TId | undefined> {
    const ids = (await this.#current(signal)).byName.get(normalise(name))
    return ids?.length === 1 ? ids[0] : undefined
  }

  /** The id for `name`; throws `NameLookupError` naming the problem when it is unknown or ambiguous. */
  async resolve(name: string, signal?: AbortSignal): Promise<TId> {
    const snapshot = await this.#current(signal)
    const ids = snapshot.byName.get(normalise(name)) ?? []
    const [only] = ids
    if (ids.length === 1 && only !== undefined) return only
    throw new NameLookupError(this.#options.kind, name, ids, snapshot.names)
  }

  /** Forgets the loaded list; the next lookup loads again. */
  clear(): void {
    this.#snapshot = undefined
  }

  #current(signal: AbortSignal | undefined): Promise<Snapshot<TId>> {
    signal?.throwIfAborted()
    const snapshot = this.#snapshot
    if (snapshot && this.#now() - snapshot.loadedAt < (this.#options.ttlMs ?? DEFAULT_TTL_MS)) {
      return Promise.resolve(snapshot)
    }
    if (!this.#loading) {
      const loading = this.#load().finally(() => {
        if (this.#loading === loading) this.#loading = undefined
      })
      this.#loading = loading
    }
    // One caller giving up ends its own wait, never the load the others share.
    return raceAbort(this.#loading, signal)
  }

  async #load(): Promise<Snapshot<TId>> {
    const entries = await this.#options.load()
    const byName = new Map<string, TId[]>()
    const names: string[] = []
    for (const entry of entries) {
      if (typeof entry.name !== 'string' || entry.name.trim() === '') continue
      const key = normalise(entry.name)
      const ids = byName.get(key)
      if (ids) {
        if (!ids.includes(entry.id)) ids.push(entry.id)
      } else {
        byName.set(key, [entry.id])
        names.push(entry.name.trim())
      }
    }
    const snapshot: Snapshot<TId> = { loadedAt: this.#now(), byName, names }
    this.#snapshot = snapshot
    return snapshot
  }

  #now(): number {
    return (this.#options.now ?? Date.now)()
  }
}

function normalise(name: string): string {
  return name.trim().toLowerCase()
}

function preview(names: readonly string[]): string {
  if (names.length === 0) return '(none)'
  const shown = names.slice(0, 10).map((n) => `"${n}"`)
  return names.length > 10 ? `${shown.join(', ')} … (${names.length} in all)` : shown.join(', ')
}
