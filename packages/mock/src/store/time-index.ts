// Keys (record ids) ordered by one or more times each, so "which keys have a time in [from, to]"
// costs a binary search plus what it returns instead of a scan of every record. Kept as two parallel
// arrays sorted by (time, key): a change moves one entry, a range is a slice.

/** NaN is in no range (and would break the order): it is left out. */
const comparable = (times: readonly number[]) => times.filter((time) => !Number.isNaN(time))

export class TimeIndex {
  #times: number[] = []
  #keys: number[] = []
  readonly #byKey = new Map<number, readonly number[]>()

  /** Builds the index from every key's times at once (one sort instead of one insertion each). */
  static of(entries: Iterable<readonly [key: number, times: readonly number[]]>): TimeIndex {
    const index = new TimeIndex()
    const pairs: [number, number][] = []
    for (const [key, all] of entries) {
      const times = comparable(all)
      if (times.length === 0) continue
      index.#byKey.set(key, times)
      for (const time of times) pairs.push([time, key])
    }
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1])
    index.#times = pairs.map((pair) => pair[0])
    index.#keys = pairs.map((pair) => pair[1])
    return index
  }

  /** Replaces the times of `key` (none: the key leaves the index). */
  set(key: number, all: readonly number[]): void {
    this.delete(key)
    const times = comparable(all)
    if (times.length === 0) return
    this.#byKey.set(key, times)
    for (const time of times) {
      const at = this.#firstAtOrAfter(time, key)
      this.#times.splice(at, 0, time)
      this.#keys.splice(at, 0, key)
    }
  }

  delete(key: number): void {
    const old = this.#byKey.get(key)
    if (old === undefined) return
    this.#byKey.delete(key)
    for (const time of old) {
      const at = this.#firstAtOrAfter(time, key)
      if (this.#times[at] === time && this.#keys[at] === key) {
        this.#times.splice(at, 1)
        this.#keys.splice(at, 1)
      }
    }
  }

  /** Keys with a time in [from, to] (bounds inclusive, undefined: open), ascending, each once. */
  keysBetween(from: number | undefined, to: number | undefined): number[] {
    const found = new Set<number>()
    const last = to ?? Number.POSITIVE_INFINITY
    for (
      let i = this.#firstAtOrAfter(from ?? Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY);
      i < this.#times.length;
      i++
    ) {
      if ((this.#times[i] as number) > last) break
      found.add(this.#keys[i] as number)
    }
    return [...found].sort((a, b) => a - b)
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
