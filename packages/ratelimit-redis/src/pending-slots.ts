/** A slot granted by this process whose request Halo has not answered yet. */
export interface PendingSlot {
  readonly member: string
  /** The window it was granted under, margin included. */
  readonly windowMs: number
  /** Local clock, for pruning only. */
  readonly grantedAt: number
}

/** More pending slots than this for one key means nobody is settling them; the oldest are dropped. */
const MAX_PENDING = 10_000

/**
 * The slots this process was granted, per Redis window key, oldest first, waiting to be re-stamped
 * when an answer arrives (`RedisRateLimitStore.settle`). Answers are matched to slots in grant order,
 * not one to one: requests finish out of order, but the k-th answer is never earlier than the k-th
 * arrival at Halo, which is all the window needs to stay at least as full as Halo's.
 */
export class PendingSlots {
  readonly #byKey = new Map<string, PendingSlot[]>()
  #size = 0

  add(windowKey: string, slot: PendingSlot): void {
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
   * The oldest slot of `windowKey` still worth settling. A slot unanswered for a whole window
   * belonged to a request that failed without an answer (or never ran); re-stamping it now would
   * count a request that is not in Halo's window, so it is dropped.
   */
  takeOldest(windowKey: string, now: number): PendingSlot | undefined {
    const slots = this.#byKey.get(windowKey)
    if (slots === undefined) return undefined
    let found: PendingSlot | undefined
    for (let slot = slots.shift(); slot !== undefined; slot = slots.shift()) {
      this.#size--
      if (slot.grantedAt + slot.windowMs > now) {
        found = slot
        break
      }
    }
    if (slots.length === 0) this.#byKey.delete(windowKey)
    return found
  }

  get size(): number {
    return this.#size
  }
}
