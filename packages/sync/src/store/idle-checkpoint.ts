// SQLite copies the write-ahead log into the database file (a checkpoint) on the commit that finds
// the log over 1,000 pages, so one small write now and then takes tens of milliseconds (about 35 ms,
// most of it waiting for the disk's fsyncs), and the run waits for it when it lands on a run's last
// writes. The SQLite worker checkpoints instead as soon as it has been quiet a little while after
// writes: a sync run leaves the worker idle for most of each round trip (a page is written in a few
// milliseconds, the next one is a network latency away), so the log is copied in those gaps and
// rarely reaches the automatic checkpoint, which stays as the bound on its size while writes come
// without a pause (answers arriving faster than the worker writes them).
// Measured with `bench/src/sync-phases.ts --changed 2000` (five interleaved pairs): a re-sync of
// 2,000 changed tickets, which writes about 1,300 pages, took 0.46 to 0.47 s against 0.47 to 0.49 s
// when the worker waited 500 ms of quiet (its automatic checkpoint then landed on the last writes);
// the 20,000-ticket mirror before it: within noise (3.13 to 3.29 s against 3.12 to 3.25 s).

/**
 * Quiet time after the last write before the log is checkpointed: long enough that the next call of
 * the same burst (a run's mark after its last rows) comes first, short beside a round trip.
 */
export const CHECKPOINT_WHEN_IDLE_MS = 10

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
