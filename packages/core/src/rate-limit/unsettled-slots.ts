/** A granted slot whose request has not been settled yet. */
export interface UnsettledSlot {
  /** When it was granted. */
  readonly at: number
  /**
   * Whether it is held in flight (`untilSettled`): counted apart from the window until settled,
   * rather than counted in the window from its grant.
   */
  readonly held: boolean
  /** When it stops being worth settling: its lease end if held, else when it leaves the window. */
  readonly until: number
}

/**
 * The slots of one key granted and not settled yet, oldest first (a queue), matched to answers in
 * grant order. Held slots count towards the limit until settled or until their lease ends.
 */
export class UnsettledSlots {
  #slots: UnsettledSlot[] = []
  #head = 0
  #held = 0

  /** Held slots not settled and not past their lease (as of the last `dropExpired`). */
  get held(): number {
    return this.#held
  }

  add(slot: UnsettledSlot): void {
    this.#slots.push(slot)
    if (slot.held) this.#held++
  }

  /**
   * Forgets the oldest slots whose `until` has passed. Only from the front: a slot behind a
   * longer-lived one waits for it, which can only over-count, never under-count.
   */
  dropExpired(now: number): void {
    while (this.#head < this.#slots.length && (this.#slots[this.#head] as UnsettledSlot).until <= now) {
      this.#shift()
    }
    this.#compact()
  }

  /** The oldest slot still worth settling, taken off the queue; expired ones before it are dropped. */
  takeOldest(now: number): UnsettledSlot | undefined {
    this.dropExpired(now)
    if (this.#head === this.#slots.length) return undefined
    const slot = this.#shift()
    this.#compact()
    return slot
  }

  /** The earliest lease end of a held slot, or `undefined` with none held. */
  get firstLeaseEnd(): number | undefined {
    for (let i = this.#head; i < this.#slots.length; i++) {
      const slot = this.#slots[i] as UnsettledSlot
      if (slot.held) return slot.until
    }
    return undefined
  }

  #shift(): UnsettledSlot {
    const slot = this.#slots[this.#head] as UnsettledSlot
    this.#head++
    if (slot.held) this.#held--
    return slot
  }

  #compact(): void {
    if (this.#head === this.#slots.length) {
      this.#slots = []
      this.#head = 0
    } else if (this.#head > 64 && this.#head * 2 > this.#slots.length) {
      this.#slots = this.#slots.slice(this.#head)
      this.#head = 0
    }
  }
}
