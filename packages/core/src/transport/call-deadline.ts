import { MAX_TIMER_MS } from '../timing/max-timer.js'
import { onAbort } from '../timing/on-abort.js'
import { abortReason } from './abort.js'

/**
 * A whole call's time limit (`deadlineMs`): one signal that aborts when the caller's signal does
 * (with the caller's reason) or when the time is up (with the error `expired()` builds). Everything
 * a call waits on listens to a signal (the limiter, the token, each attempt, each backoff), so
 * handing them this one bounds the call end to end.
 */
export class CallDeadline {
  readonly #controller = new AbortController()
  readonly #timer: ReturnType<typeof setTimeout>
  readonly #unsubscribe: (() => void) | undefined

  constructor(deadlineMs: number, callerSignal: AbortSignal | undefined, expired: () => unknown) {
    this.#timer = setTimeout(() => this.#controller.abort(expired()), Math.min(deadlineMs, MAX_TIMER_MS))
    if (callerSignal?.aborted) this.#controller.abort(abortReason(callerSignal))
    this.#unsubscribe =
      callerSignal === undefined
        ? undefined
        : onAbort(callerSignal, () => this.#controller.abort(abortReason(callerSignal)))
  }

  get signal(): AbortSignal {
    return this.#controller.signal
  }

  /** The call is over: the timer and the caller's listener go. */
  clear(): void {
    clearTimeout(this.#timer)
    this.#unsubscribe?.()
  }
}
