import { UnsettledSlots } from './unsettled-slots.js'

/**
 * The times of the requests still inside one key's rolling window, oldest first: when each was
 * answered (settled), or when it was granted for a slot not held in flight. Slots held in flight
 * (`untilSettled`) are counted apart, in `unsettled`, until their answer puts them here.
 *
 * A ring buffer sized to the limit: taking a slot and dropping expired ones are O(1) amortised, and
 * a key never holds more timestamps than the largest limit asked for, however many requests pass.
 * (Only the times are needed: a slot frees exactly `windowMs` after its time.)
 */
export class SlotWindow {
  #times: number[]
  #head = 0
  #size = 0
  /** Slots granted and not settled yet, oldest first; the held ones count on top of `size`. */
  readonly unsettled = new UnsettledSlots()
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

  /**
   * The start time whose leaving the window brings the count below `limit`: with `size` requests
   * counted, `size - limit + 1` of them must leave, the last of those being this one.
   */
  startFreeingSlotFor(limit: number): number | undefined {
    if (this.#size < limit) return undefined
    return this.#times[(this.#head + this.#size - limit) % this.#times.length]
  }

  /** Forgets every request counted at or before `cutoff` (it has left the window). */
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

  /**
   * Moves one slot stamped `from` to `to` (an answer time, never earlier than any slot's), keeping
   * the times in order. Slots are interchangeable numbers, so any slot stamped `from` will do: the
   * newest one, which is the nearest to the end. Answers `false` when no slot is stamped `from`.
   */
  restamp(from: number, to: number): boolean {
    const length = this.#times.length
    let index = this.#size - 1
    while (index >= 0 && (this.#times[(this.#head + index) % length] as number) > from) index--
    if (index < 0 || this.#times[(this.#head + index) % length] !== from) return false
    for (let i = index; i < this.#size - 1; i++) {
      this.#times[(this.#head + i) % length] = this.#times[(this.#head + i + 1) % length] as number
    }
    const newest = this.#size > 1 ? (this.#times[(this.#head + this.#size - 2) % length] as number) : to
    this.#times[(this.#head + this.#size - 1) % length] = Math.max(to, newest)
    return true
  }
}
