/**
 * The start times of the requests still inside one key's rolling window, oldest first.
 *
 * A ring buffer sized to the limit: taking a slot and dropping expired ones are O(1) amortised, and
 * a key never holds more timestamps than the largest limit asked for, however many requests pass.
 * (Only the start times are needed: a slot frees exactly `windowMs` after its request started.)
 */
export class SlotWindow {
  #times: number[]
  #head = 0
  #size = 0
  /** Halo answered 429: nothing is granted before this instant. */
  blockedUntil = 0
  /** The window length last used, so an idle key can be recognised and forgotten. */
  windowMs = 0

  constructor(capacity: number) {
    this.#times = new Array<number>(capacity)
  }

  get size(): number {
    return this.#size
  }

  /** The newest start time, or `undefined` when the window is empty. */
  get newest(): number | undefined {
    if (this.#size === 0) return undefined
    return this.#times[(this.#head + this.#size - 1) % this.#times.length]
  }

  /**
   * The start time whose leaving the window brings the count below `limit`: with `size` requests
   * counted, `size - limit + 1` of them must leave, the last of those being this one.
   */
  startFreeingSlotFor(limit: number): number | undefined {
    if (this.#size < limit) return undefined
    return this.#times[(this.#head + this.#size - limit) % this.#times.length]
  }

  /** Forgets every request that started at or before `cutoff` (it has left the window). */
  dropUntil(cutoff: number): void {
    while (this.#size > 0 && (this.#times[this.#head] as number) <= cutoff) {
      this.#head = (this.#head + 1) % this.#times.length
      this.#size--
    }
  }

  /**
   * Makes room for a larger limit. The buffer never shrinks: when callers of one key pass
   * different limits (a learned lower one, a configured higher one), each limit is still judged
   * against the full history. Memory stays bounded by the largest limit ever asked for.
   */
  growTo(capacity: number): void {
    if (capacity <= this.#times.length) return
    const times = new Array<number>(capacity)
    for (let i = 0; i < this.#size; i++) {
      times[i] = this.#times[(this.#head + i) % this.#times.length] as number
    }
    this.#times = times
    this.#head = 0
  }

  /** Records a request that starts at `at`. The caller has checked that it is under its limit. */
  push(at: number): void {
    this.#times[(this.#head + this.#size) % this.#times.length] = at
    this.#size++
  }
}
