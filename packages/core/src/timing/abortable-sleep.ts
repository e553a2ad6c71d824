import { onAbort } from './on-abort.js'

/**
 * setTimeout keeps delays in a signed 32-bit integer; anything longer fires at once (with a
 * TimeoutOverflowWarning). A rate-limit block can legitimately be longer, so long sleeps are chained.
 */
const MAX_TIMER_MS = 2_147_483_647

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
