// Waiting for a lock another process holds, the same way for every store: try, and while it is
// taken, say so once and try again every so often until it is free or the caller gives up. Polling
// rather than a blocking call (Postgres's pg_advisory_lock) so that an aborted sync stops waiting at
// once and leaves nothing queued behind it, on a connection that goes back to its pool.
import { setTimeout as sleep } from 'node:timers/promises'

/** What a run waiting for a resource's lock is told, and what stops it waiting. */
export interface LockWaitOptions {
  /** Called once, when the lock turns out to be held by another run, before waiting for it. */
  readonly onWait?: (() => void) | undefined
  /** Stops the wait: the run rejects with the signal's reason and never takes the lock. */
  readonly signal?: AbortSignal | undefined
}

/** How often a run waiting for a lock tries again. */
export const LOCK_POLL_MS = 250

/** Calls `take` until it answers true (the lock is this run's), waiting `pollMs` between tries. */
export async function takeLock(
  take: () => boolean | Promise<boolean>,
  { onWait, signal }: LockWaitOptions = {},
  pollMs: number = LOCK_POLL_MS,
): Promise<void> {
  signal?.throwIfAborted()
  if (await take()) return
  onWait?.()
  for (;;) {
    try {
      await sleep(pollMs, undefined, { signal })
    } catch (error) {
      // Node's own AbortError: the caller's reason is what a sync run stops with elsewhere.
      signal?.throwIfAborted()
      throw error
    }
    if (await take()) return
  }
}
