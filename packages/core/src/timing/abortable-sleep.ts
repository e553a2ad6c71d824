import { MAX_TIMER_MS } from './max-timer.js'
import { onAbort } from './on-abort.js'

// A rate-limit block can legitimately outlast one timer (MAX_TIMER_MS), so long sleeps are chained.

/**
 * Resolves after `ms` milliseconds, or rejects with `signal.reason` as soon as `signal` aborts.
 *
 * Either way the timer is cleared and the abort subscription dropped, so a long-lived signal shared
 * by thousands of requests never accumulates listeners. The timer is not unref'd: a caller awaiting a
 * rate-limit slot is real pending work and must keep the process alive.
 */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason)
  let remaining = Number.isFinite(ms) && ms > 0 ? ms : 0
  if (ms === Number.POSITIVE_INFINITY) remaining = Number.POSITIVE_INFINITY

  return new Promise<void>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe =
      signal === undefined
        ? undefined
        : onAbort(signal, () => {
            clearTimeout(timer)
            reject(signal.reason)
          })

    const schedule = (): void => {
      const step = Math.min(remaining, MAX_TIMER_MS)
      remaining -= step
      timer = setTimeout(() => {
        if (remaining > 0) {
          schedule()
          return
        }
        unsubscribe?.()
        resolve()
      }, step)
    }

    schedule()
  })
}
