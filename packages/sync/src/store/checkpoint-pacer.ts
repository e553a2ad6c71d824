// When the writer thread asks its checkpointer for a checkpoint: after a write, one checkpoint at a
// time, and at most one every `CHECKPOINT_EVERY_MS` while writes go on (a checkpoint after every
// page would copy the same B-tree pages again and again, and fsync each time).

/** The least time between two checkpoints asked for while writes go on. */
export const CHECKPOINT_EVERY_MS = 100

export class CheckpointPacer {
  /** A write has come since the last checkpoint was asked for. */
  #owed = false
  #inFlight = false
  #lastAskedAt = Number.NEGATIVE_INFINITY
  #timer: ReturnType<typeof setTimeout> | undefined
  #stopped = false

  constructor(
    private readonly ask: () => void,
    private readonly everyMs: number = CHECKPOINT_EVERY_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A write was committed: its pages are in the log. */
  wrote(): void {
    this.#owed = true
    this.#askWhenDue()
  }

  /** The checkpoint asked for has ended (copied or not). */
  answered(): void {
    this.#inFlight = false
    this.#askWhenDue()
  }

  stop(): void {
    this.#stopped = true
    clearTimeout(this.#timer)
    this.#timer = undefined
  }

  #askWhenDue(): void {
    if (this.#stopped || this.#inFlight || !this.#owed || this.#timer !== undefined) return
    const wait = this.#lastAskedAt + this.everyMs - this.now()
    if (wait > 0) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined
        this.#askWhenDue()
      }, wait)
      // The timer alone does not keep the thread alive.
      this.#timer.unref?.()
      return
    }
    this.#owed = false
    this.#inFlight = true
    this.#lastAskedAt = this.now()
    this.ask()
  }
}
