// Keys (record ids) ordered by one or more times each, so "which keys have a time in [from, to]"
// costs a binary search plus what it returns instead of a scan of every record. Kept as two parallel
// arrays sorted by (time, key): a change moves one entry, a range is a slice, and many changes at
// once (a burst of writes applied by the next search) are one pass over the arrays.

/** NaN is in no range (and would break the order): it is left out. */
const comparable = (times: readonly number[]) => times.filter((time) => !Number.isNaN(time))

/**
 * Changes above this many keys are applied in one pass over the index rather than one move each:
 * a move shifts the arrays' tail (tens of thousands of entries), so 400 changed tickets cost tens
 * of milliseconds one by one against about 2 in a pass (80,000 entries).
 */
const ONE_PASS_ABOVE = 16

const byTimeThenKey = (a: readonly [number, number], b: readonly [number, number]) =>
  a[0] - b[0] || a[1] - b[1]

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
    pairs.sort(byTimeThenKey)
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

  /** Replaces the times of every key given (none: the key leaves the index), as `set` each would. */
  setMany(changes: ReadonlyMap<number, readonly number[]>): void {
    if (changes.size <= ONE_PASS_ABOVE) {
      for (const [key, times] of changes) this.set(key, times)
      return
    }
    // Where the changed keys' entries are now (found by their old times), and the new entries, both
    // in index order: one pass takes the old ones out, another merges the new ones in.
    const removed: number[] = []
    const added: [number, number][] = []
    for (const [key, all] of changes) {
      // A key holding one time twice has two entries side by side: the second is one further on.
      let previous: { readonly time: number; readonly at: number } | undefined
      for (const time of [...(this.#byKey.get(key) ?? [])].sort((a, b) => a - b)) {
        const at = previous?.time === time ? previous.at + 1 : this.#firstAtOrAfter(time, key)
        if (this.#times[at] === time && this.#keys[at] === key) removed.push(at)
        previous = { time, at }
      }
      this.#byKey.delete(key)
      const times = comparable(all)
      if (times.length === 0) continue
      this.#byKey.set(key, times)
      for (const time of times) added.push([time, key])
    }
    removed.sort((a, b) => a - b)
    added.sort(byTimeThenKey)
    const kept = this.#compactWithout(removed)
    this.#mergeIn(kept, added)
  }

  /**
   * Moves every entry but those at `positions` (ascending) to the front, in order, in place, and
   * answers how many there are; what lies past them is stale. In place because new arrays this long
   * are large objects V8 maps fresh from the system every time, which costs more here than the pass.
   */
  #compactWithout(positions: readonly number[]): number {
    const times = this.#times
    const keys = this.#keys
    if (positions.length === 0) return times.length
    let write = positions[0] as number
    let next = 1
    for (let read = write + 1; read < times.length; read++) {
      if (next < positions.length && positions[next] === read) {
        next++
        continue
      }
      times[write] = times[read] as number
      keys[write] = keys[read] as number
      write++
    }
    return write
  }

  /**
   * Merges `entries` (sorted by time, then key) into the first `kept` entries, in place, in one
   * backward pass from the new end; the arrays end up exactly `kept + entries.length` long.
   */
  #mergeIn(kept: number, entries: readonly (readonly [number, number])[]): void {
    const times = this.#times
    const keys = this.#keys
    const length = kept + entries.length
    while (times.length < length) {
      times.push(0)
      keys.push(0)
    }
    let read = kept - 1
    // Writing from the end never overtakes reading: the gap between them is the entries left to merge.
    let write = length - 1
    for (let next = entries.length - 1; next >= 0; next--) {
      const [time, key] = entries[next] as readonly [number, number]
      while (read >= 0) {
        const t = times[read] as number
        if (t < time || (t === time && (keys[read] as number) < key)) break
        times[write] = t
        keys[write] = keys[read] as number
        write--
        read--
      }
      times[write] = time
      keys[write] = key
      write--
    }
    times.length = length
    keys.length = length
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
