/** A slot granted by this process whose request Halo has not answered yet. */
export interface PendingSlot {
  readonly member: string
  /** The window it was granted under, margin included. */
  readonly windowMs: number
  /**
   * Local clock, for pruning only: when settling it stops making sense. For a slot held in flight,
   * the end of its lease (Redis has freed it); for one counted from its grant, when it left the window.
   */
  readonly until: number
}

/** More pending slots than this for one key means nobody is settling them; the oldest are dropped. */
const MAX_PENDING = 10_000

/**
 * The slots this process was granted, per Redis window key, oldest first, waiting to be re-stamped
 * when an answer arrives (`RedisRateLimitStore.settle`). Answers are matched to slots in grant order,
 * not one to one: requests finish out of order, but the k-th answer is never earlier than the k-th
 * arrival at Halo, which is all the window needs to stay at least as full as Halo's.
 */
export class PendingSlots<Slot extends PendingSlot = PendingSlot> {
  readonly #byKey = new Map<string, Slot[]>()
  #size = 0

  add(windowKey: string, slot: Slot): void {
    let slots = this.#byKey.get(windowKey)
    if (slots === undefined) {
      slots = []
      this.#byKey.set(windowKey, slots)
    }
    slots.push(slot)
    this.#size++
    if (slots.length > MAX_PENDING) {
      slots.shift()
      this.#size--
    }
  }

  /**
   * The oldest slot of `windowKey` still worth settling. A slot past its `until` (a lease longer
   * than any request, or for a slot not held, a whole window) belonged to a request that failed
   * without an answer (or never ran); counting it now would count a request that is not in Halo's
   * window, so it is dropped, and the answer goes to the next slot in grant order.
   */
  takeOldest(windowKey: string, now: number): Slot | undefined {
    const slots = this.#byKey.get(windowKey)
    if (slots === undefined) return undefined
    let found: Slot | undefined
    for (let slot = slots.shift(); slot !== undefined; slot = slots.shift()) {
      this.#size--
      if (slot.until > now) {
        found = slot
        break
      }
    }
    if (slots.length === 0) this.#byKey.delete(windowKey)
    return found
  }

  /** `takeOldest` of whichever key comes first (keys in the order they were first used). */
  takeAnyOldest(now: number): { readonly windowKey: string; readonly slot: Slot } | undefined {
    for (const windowKey of this.#byKey.keys()) {
      const slot = this.takeOldest(windowKey, now)
      if (slot !== undefined) return { windowKey, slot }
    }
    return undefined
  }

  get size(): number {
    return this.#size
  }
}
