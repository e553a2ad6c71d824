/**
 * Runs `work(item)` for each item `take` hands out, with at most `concurrency` running; ends once
 * `take` has nothing more for a free lane and every running item has ended; rejects on the first
 * failure (no lane takes another item after it). `take` is asked each time a lane is free, so the
 * items can grow while the pool runs.
 */
export async function runPool<T>(
  take: () => T | undefined,
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let failed = false
  const lane = async (): Promise<void> => {
    for (;;) {
      if (failed) return
      const item = take()
      if (item === undefined) return
      try {
        await work(item)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane))
}
