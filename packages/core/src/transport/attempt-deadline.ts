import { MAX_TIMER_MS } from '../timing/max-timer.js'
import { abortReason } from './abort.js'

/**
 * The time limit of one attempt: its fetch, its redirects and its body. `signal` goes to fetch and
 * aborts when the attempt times out or the caller aborts.
 */
export interface AttemptDeadline {
  readonly signal: AbortSignal
  /** True when the deadline (not the caller) ended the attempt. */
  timedOut(): boolean
  /**
   * Runs `callback` once if the deadline aborts (at once if it has); one at a time, the last set
   * wins, `undefined` unsets. Cheaper than a listener on the signal for what the body reader needs.
   */
  whenAborted(callback: (() => void) | undefined): void
  /** The attempt is over: its timer and listeners go. */
  clear(): void
}

/**
 * A timeout's timer delay. Past MAX_TIMER_MS a timer would fire at once, turning a generous timeout
 * into an immediate one; an attempt that has run for 24.8 days may as well end then.
 */
export function timerDelay(ms: number): number {
  return Math.min(ms, MAX_TIMER_MS)
}

export function attemptTimeoutError(timeoutMs: number): DOMException {
  return new DOMException(`The attempt took longer than ${timeoutMs} ms`, 'TimeoutError')
}

/**
 * A deadline with an `AbortController` of its own, aborted by one `setTimeout` (so fake timers in
 * tests drive it) or by the caller's signal. Used when the caller passes a signal, and for a
 * streamed download, whose body outlives the attempt. A class rather than closures: it should
 * cost one object.
 */
export class OwnAttemptDeadline implements AttemptDeadline {
  readonly #controller = new AbortController()
  readonly #timer: ReturnType<typeof setTimeout>
  readonly #callerSignal: AbortSignal | undefined
  #timedOut = false
  #onAbort: (() => void) | undefined

  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.#timer = setTimeout(() => {
      this.#timedOut = true
      this.#abort(attemptTimeoutError(timeoutMs))
    }, timerDelay(timeoutMs))
    this.#callerSignal = callerSignal
    // A listener removed in clear() rather than AbortSignal.any: a caller's long-lived signal shared
    // by thousands of requests must not keep a dependent signal per attempt alive.
    if (callerSignal !== undefined) {
      if (callerSignal.aborted) this.#abort(abortReason(callerSignal))
      else callerSignal.addEventListener('abort', this.#onCallerAbort, { once: true })
    }
  }

  readonly #onCallerAbort = (): void => {
    if (this.#callerSignal !== undefined) this.#abort(abortReason(this.#callerSignal))
  }

  #abort(reason: unknown): void {
    this.#controller.abort(reason)
    const onAbort = this.#onAbort
    this.#onAbort = undefined
    onAbort?.()
  }

  get signal(): AbortSignal {
    return this.#controller.signal
  }

  timedOut(): boolean {
    return this.#timedOut
  }

  whenAborted(callback: (() => void) | undefined): void {
    if (callback !== undefined && this.#controller.signal.aborted) callback()
    else this.#onAbort = callback
  }

  clear(): void {
    clearTimeout(this.#timer)
    this.#onAbort = undefined
    this.#callerSignal?.removeEventListener('abort', this.#onCallerAbort)
  }
}
