// The mock answers every request on one thread. Long work (serialising or searching tens of
// thousands of records) lets the requests waiting behind it in every few milliseconds, as a real
// Halo answers them side by side: slices are measured in time, not in records, because a record's
// cost varies tenfold (a generated ticket's actions against a stored one's). setTimeout, not
// setImmediate: the mock runs in browsers too.

/** How long long work holds the thread before it lets waiting requests in. */
export const SLICE_MS = 4

/** One stretch of long work: `spent` once it has held the thread `ms`; `pause()` starts the next. */
export class WorkSlice {
  #startedAt: number

  constructor(
    private readonly ms: number = SLICE_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#startedAt = now()
  }

  /** Whether this slice has held the thread its time. */
  get spent(): boolean {
    return this.now() - this.#startedAt >= this.ms
  }

  /** Lets the event loop run whatever is waiting (other requests' I/O), then starts the next slice. */
  async pause(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0))
    this.#startedAt = this.now()
  }
}
