// An in-memory table with stable, ascending ids. Seeded rows may be generated lazily (100 000 tickets
// cost an id array, not 100 000 objects); a lazily generated row is materialised only when written.
// Reads are O(page): `page()` slices the id list instead of copying the table.

/** Any Halo record: an integer `id` plus wire-named fields. */
export interface HaloRecord {
  id: number
  [field: string]: unknown
}

export interface LazyRows<T> {
  /** First generated id. */
  from: number
  count: number
  make: (id: number) => T
}

export interface CollectionInit<T> {
  records?: readonly T[]
  lazy?: LazyRows<T>
  /** Lowest id handed to new records (defaults to one past the highest seeded id). */
  firstNewId?: number
}

export class Collection<T extends HaloRecord = HaloRecord> {
  readonly #stored = new Map<number, T>()
  readonly #ids: number[] = []
  readonly #lazy: LazyRows<T> | undefined
  readonly #deletedLazy = new Set<number>()
  readonly #listeners: ((id: number) => void)[] = []
  #nextId: number
  #version = 0

  constructor(
    readonly name: string,
    init: CollectionInit<T> = {},
  ) {
    this.#lazy = init.lazy
    let highest = 0
    const seeded = [...(init.records ?? [])].sort((a, b) => a.id - b.id)
    const lazyIds: number[] = []
    if (init.lazy) for (let i = 0; i < init.lazy.count; i++) lazyIds.push(init.lazy.from + i)
    // merge the two ascending id lists
    let a = 0
    let b = 0
    while (a < seeded.length || b < lazyIds.length) {
      const s = seeded[a]
      const l = lazyIds[b]
      if (s !== undefined && (l === undefined || s.id <= l)) {
        this.#stored.set(s.id, s)
        this.#ids.push(s.id)
        if (l === s.id) b++
        a++
      } else if (l !== undefined) {
        this.#ids.push(l)
        b++
      }
    }
    highest = this.#ids[this.#ids.length - 1] ?? 0
    this.#nextId = Math.max(highest + 1, init.firstNewId ?? 1)
  }

  get size(): number {
    return this.#ids.length
  }

  /**
   * Calls `listener` with the id of every record inserted, updated, restored or deleted from now on
   * (indexes over the records stay current this way).
   */
  onChange(listener: (id: number) => void): void {
    this.#listeners.push(listener)
  }

  /**
   * Counts the records' inserts, updates, restores and deletes: an answer computed from them holds
   * while this is unchanged.
   */
  get version(): number {
    return this.#version
  }

  #changed(id: number): void {
    this.#version++
    for (const listener of this.#listeners) listener(id)
  }

  #isLazy(id: number): boolean {
    const lazy = this.#lazy
    return lazy !== undefined && id >= lazy.from && id < lazy.from + lazy.count && !this.#deletedLazy.has(id)
  }

  has(id: number): boolean {
    return this.#stored.has(id) || this.#isLazy(id)
  }

  /** Whether the record is generated as seeded (never written): then it is `make(id)`. */
  isGenerated(id: number): boolean {
    return !this.#stored.has(id) && this.#isLazy(id)
  }

  /** The record, or undefined. Lazily generated rows come back as a fresh object each time. */
  get(id: number): T | undefined {
    const stored = this.#stored.get(id)
    if (stored) return stored
    if (this.#lazy && this.#isLazy(id)) return this.#lazy.make(id)
    return undefined
  }

  /** Ids in ascending order (a live view: do not mutate). */
  ids(): readonly number[] {
    return this.#ids
  }

  *values(): IterableIterator<T> {
    for (const id of this.#ids) {
      const record = this.get(id)
      if (record) yield record
    }
  }

  /** The first record matching `predicate`, in id order. */
  find(predicate: (record: T) => boolean): T | undefined {
    for (const record of this.values()) if (predicate(record)) return record
    return undefined
  }

  /** Every record matching `predicate` (a scan: fine for small tables). */
  filter(predicate: (record: T) => boolean): T[] {
    const out: T[] = []
    for (const record of this.values()) if (predicate(record)) out.push(record)
    return out
  }

  /** Records `offset .. offset+limit` in id order, without touching the rest. */
  page(offset: number, limit: number): T[] {
    const out: T[] = []
    for (const id of this.#ids.slice(offset, offset + limit)) {
      const record = this.get(id)
      if (record) out.push(record)
    }
    return out
  }

  /** The id the next created record will get. */
  peekNextId(): number {
    return this.#nextId
  }

  /** Stores a new record under the next id. */
  insert(fields: Omit<T, 'id'> | Partial<T>): T {
    const id = this.#nextId++
    const record = Object.assign({ id }, fields, { id }) as T
    this.#stored.set(id, record)
    this.#ids.push(id)
    this.#changed(id)
    return record
  }

  /** Merges `patch` into an existing record (materialising a generated one). */
  update(id: number, patch: Partial<T>): T | undefined {
    const current = this.get(id)
    if (!current) return undefined
    const next = Object.assign({}, current, patch, { id }) as T
    this.#stored.set(id, next)
    this.#changed(id)
    return next
  }

  /** Puts a deleted record back under its own id (a restore). */
  restore(record: T): T {
    if (!this.#stored.has(record.id) && binarySearch(this.#ids, record.id) < 0) {
      let at = 0
      while (at < this.#ids.length && (this.#ids[at] as number) < record.id) at++
      this.#ids.splice(at, 0, record.id)
    }
    this.#stored.set(record.id, record)
    this.#changed(record.id)
    return record
  }

  delete(id: number): T | undefined {
    const current = this.get(id)
    if (!current) return undefined
    this.#stored.delete(id)
    if (this.#lazy && id >= this.#lazy.from && id < this.#lazy.from + this.#lazy.count)
      this.#deletedLazy.add(id)
    const at = binarySearch(this.#ids, id)
    if (at >= 0) this.#ids.splice(at, 1)
    this.#changed(id)
    return current
  }
}

function binarySearch(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const v = sorted[mid] as number
    if (v === value) return mid
    if (v < value) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}
