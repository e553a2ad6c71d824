import { onAbort } from '../timing/on-abort.js'

/** A caller waiting for a slot, linked into the gate's queue. */
interface Waiter {
  readonly grant: () => void
  prev: Waiter | undefined
  next: Waiter | undefined
}

/**
 * A counting semaphore that serves waiters strictly in arrival order.
 *
 * A freed slot is handed straight to the first waiter rather than put back, so a caller arriving
 * later can never overtake the queue. The queue is a doubly linked list: joining, being served
 * and leaving on abort are all O(1), which matters when a burst of thousands queues up.
 */
export class FifoGate {
  #free: number
  #first: Waiter | undefined
  #last: Waiter | undefined
  #waiting = 0

  constructor(slots: number) {
    if (!(slots >= 1) || !(Number.isInteger(slots) || slots === Number.POSITIVE_INFINITY)) {
      throw new RangeError(`a gate needs a whole number of slots, at least 1 (got ${slots})`)
    }
    this.#free = slots
  }

  /** Slots nobody holds right now. */
  get free(): number {
    return this.#free
  }

  /** Callers queued for a slot. */
  get waiting(): number {
    return this.#waiting
  }

  /** Takes a slot if one is free and nobody is waiting; `undefined` otherwise (nothing taken). */
  tryAcquire(): (() => void) | undefined {
    if (this.#free <= 0 || this.#first !== undefined) return undefined
    this.#free--
    return this.#releaser()
  }

  /**
   * Takes a slot, waiting in line if none is free. Resolves with `release` (idempotent); rejects
   * with `signal.reason` if the signal aborts first, having left the queue and taken nothing.
   */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason)
    if (this.#free > 0 && this.#first === undefined) {
      this.#free--
      return Promise.resolve(this.#releaser())
    }

    return new Promise<() => void>((resolve, reject) => {
      let unsubscribe: (() => void) | undefined
      const waiter: Waiter = {
        grant: () => {
          unsubscribe?.()
          resolve(this.#releaser())
        },
        prev: this.#last,
        next: undefined,
      }
      if (this.#last === undefined) this.#first = waiter
      else this.#last.next = waiter
      this.#last = waiter
      this.#waiting++
      if (signal !== undefined) {
        unsubscribe = onAbort(signal, () => {
          this.#remove(waiter)
          reject(signal.reason)
        })
      }
    })
  }

  #releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.#first
      if (next === undefined) {
        this.#free++
        return
      }
      this.#remove(next)
      next.grant()
    }
  }

  #remove(waiter: Waiter): void {
    if (waiter.prev === undefined) this.#first = waiter.next
    else waiter.prev.next = waiter.next
    if (waiter.next === undefined) this.#last = waiter.prev
    else waiter.next.prev = waiter.prev
    waiter.prev = undefined
    waiter.next = undefined
    this.#waiting--
  }
}
