// Keys (record ids) ordered by one or more times each, so "which keys have a time in [from, to]"
// costs a binary search plus what it returns instead of a scan of every record.
//
// Kept as two parallel arrays sorted by (time, key). A change costs what it changes, not the size of
// the index: a key's new time is almost always the latest (a write happens now), so it is appended;
// a time the key no longer has stays in the arrays as a dead entry, skipped by searches, until dead
// entries outnumber live ones and the arrays are rebuilt from the live times. Moving or merging
// entries instead costs a pass over the whole index per burst of writes (80,000 entries for 20,000
// tickets' actions), and that code runs too rarely to be optimised: about 10 ms before the first
// search after 200 changes.

/** NaN is in no range (and would break the order): it is left out; a time given twice counts once. */
const distinctComparable = (times: readonly number[]) => [
  ...new Set(times.filter((time) => !Number.isNaN(time))),
]

/** Dead entries are kept until they outnumber live ones and there are at least this many. */
const REBUILD_AT_DEAD = 1_024

const byTimeThenKey = (a: readonly [number, number], b: readonly [number, number]) =>
  a[0] - b[0] || a[1] - b[1]

export class TimeIndex {
  #times: number[] = []
  #keys: number[] = []
  /** Each key's live times: an entry (time, key) of the arrays is live when `time` is among them. */
  readonly #byKey = new Map<number, readonly number[]>()
  #live = 0

  /** Builds the index from every key's times at once (one sort instead of one insertion each). */
  static of(entries: Iterable<readonly [key: number, times: readonly number[]]>): TimeIndex {
    const index = new TimeIndex()
    for (const [key, all] of entries) {
      const times = distinctComparable(all)
      if (times.length > 0) index.#byKey.set(key, times)
    }
    index.#rebuild()
    return index
  }

  /** Replaces the times of `key` (none: the key leaves the index). */
  set(key: number, all: readonly number[]): void {
    const old = this.#byKey.get(key) ?? []
    const times = distinctComparable(all)
    if (times.length === 0) this.#byKey.delete(key)
    else this.#byKey.set(key, times)
    // Entries of times the key keeps stay as they are; those of times it lost are now dead.
    for (const time of old) if (!times.includes(time)) this.#live--
    for (const time of times) {
      if (old.includes(time)) continue
      this.#insert(time, key)
      this.#live++
    }
    if (this.#times.length - this.#live >= Math.max(REBUILD_AT_DEAD, this.#live)) this.#rebuild()
  }

  /** Keys with a time in [from, to] (bounds inclusive, undefined: open), ascending, each once. */
  keysBetween(from: number | undefined, to: number | undefined): number[] {
    const found = new Set<number>()
    const last = to ?? Number.POSITIVE_INFINITY
    const times = this.#times
    const keys = this.#keys
    for (
      let i = this.#firstAtOrAfter(from ?? Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY);
      i < times.length;
      i++
    ) {
      const time = times[i] as number
      if (time > last) break
      const key = keys[i] as number
      if (this.#byKey.get(key)?.includes(time)) found.add(key)
    }
    return [...found].sort((a, b) => a - b)
  }

  /** Entries in the arrays, dead ones included (for tests of when they are dropped). */
  get entryCount(): number {
    return this.#times.length
  }

  /** Appended when it sorts last, as a write made now does; put in its place otherwise. */
  #insert(time: number, key: number): void {
    const end = this.#times.length
    const lastTime = this.#times[end - 1]
    if (
      lastTime === undefined ||
      time > lastTime ||
      (time === lastTime && key > (this.#keys[end - 1] as number))
    ) {
      this.#times.push(time)
      this.#keys.push(key)
      return
    }
    const at = this.#firstAtOrAfter(time, key)
    this.#times.splice(at, 0, time)
    this.#keys.splice(at, 0, key)
  }

  /** The arrays again from the live times alone: every dead entry dropped. */
  #rebuild(): void {
    const pairs: [number, number][] = []
    for (const [key, times] of this.#byKey) for (const time of times) pairs.push([time, key])
    pairs.sort(byTimeThenKey)
    this.#times = pairs.map((pair) => pair[0])
    this.#keys = pairs.map((pair) => pair[1])
    this.#live = pairs.length
  }

  /** The first position whose (time, key) is not before (time, key). */
  #firstAtOrAfter(time: number, key: number): number {
    let lo = 0
    let hi = this.#times.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const t = this.#times[mid] as number
      if (t < time || (t === time && (this.#keys[mid] as number) < key)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
