// SQLite copies the write-ahead log into the database file (a checkpoint) on the commit that finds
// the log over 1,000 pages, so one small write now and then takes tens of milliseconds: traced, the
// last write of a re-sync after 400 changed tickets, on a mirror of 40,000, took 30 ms more than the
// others, and the run waited for it. The SQLite worker checkpoints instead once no call has come for
// a while, when nothing waits (between sync runs); the automatic checkpoint stays as the bound on the
// log's size during one long run.

/** Quiet time after the last write before the log is checkpointed. */
export const CHECKPOINT_WHEN_IDLE_MS = 500

/** Runs `checkpoint` once the worker has been quiet `idleMs` after a write. */
export class IdleCheckpoint {
  #timer: ReturnType<typeof setTimeout> | undefined
  #written = false

  constructor(
    private readonly checkpoint: () => void,
    private readonly idleMs: number = CHECKPOINT_WHEN_IDLE_MS,
  ) {}

  /** A call arrived: whatever it does, the checkpoint waits for the next quiet spell. */
  callStarted(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
  }

  /** A call was answered; `wrote`: it changed the database. */
  callEnded(wrote: boolean): void {
    this.#written ||= wrote
    if (!this.#written) return
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      this.#written = false
      // A checkpoint that cannot finish (a reader holds the log) is tried again after the next write.
      try {
        this.checkpoint()
      } catch {}
    }, this.idleMs)
    // The timer alone does not keep the worker thread alive.
    this.#timer.unref?.()
  }

  stop(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
  }
}
