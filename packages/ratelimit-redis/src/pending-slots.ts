/** A slot granted by this process whose request Halo has not answered yet. */
export interface PendingSlot {
  readonly windowKey: string
  readonly member: string
  /** The window it was granted under, margin included. */
  readonly windowMs: number
  /** Local clock, for pruning only. */
  readonly grantedAt: number
}

/** More pending slots than this means nobody is settling them; the oldest are dropped. */
const MAX_PENDING = 10_000

/**
 * The slots this process was granted, oldest first, waiting to be re-stamped when an answer
 * arrives. Answers are matched to slots in grant order, not one to one: requests finish out of
 * order, but the k-th answer is never earlier than the k-th arrival at Halo, which is all the window
 * needs to stay at least as full as Halo's.
 */
export class PendingSlots {
  readonly #slots: PendingSlot[] = []

  add(slot: PendingSlot): void {
    this.#slots.push(slot)
    if (this.#slots.length > MAX_PENDING) this.#slots.shift()
  }

  /**
   * The oldest slot still worth settling. A slot unanswered for a whole window belonged to a request
   * that failed without an answer (or never ran); re-stamping it now would count a request that is
   * not in Halo's window, so it is dropped.
   */
  takeOldest(now: number): PendingSlot | undefined {
    for (let slot = this.#slots.shift(); slot !== undefined; slot = this.#slots.shift()) {
      if (slot.grantedAt + slot.windowMs > now) return slot
    }
    return undefined
  }

  get size(): number {
    return this.#slots.length
  }
}
