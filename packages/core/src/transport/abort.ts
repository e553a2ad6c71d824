/** The reason a signal was aborted with, as something throwable. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError')
}

/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts. Used where one
 * shared operation (a token request) serves several callers: one caller giving up must not
 * cancel it for the others.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise
  if (signal.aborted) return Promise.reject(abortReason(signal))
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal))
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      },
    )
  })
}

/**
 * A per-attempt deadline: one `AbortController` for the attempt's fetch and body, aborted by one
 * `setTimeout` (so fake timers in tests drive it) or by the caller's signal. A class rather than
 * closures: every request makes one, so it should cost one object.
 */
export class AttemptDeadline {
  readonly #controller = new AbortController()
  readonly #timer: ReturnType<typeof setTimeout>
  readonly #callerSignal: AbortSignal | undefined
  #timedOut = false
  #onAbort: (() => void) | undefined

  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.#timer = setTimeout(() => {
      this.#timedOut = true
      this.#abort(new DOMException(`The attempt took longer than ${timeoutMs} ms`, 'TimeoutError'))
    }, timeoutMs)
    this.#callerSignal = callerSignal
    // A listener removed in clear() rather than AbortSignal.any: a caller's long-lived signal shared
    // by thousands of requests must not keep a dependent signal per attempt alive.
    if (callerSignal !== undefined) {
      if (callerSignal.aborted) this.#abort(callerSignal.reason)
      else callerSignal.addEventListener('abort', this.#onCallerAbort, { once: true })
    }
  }

  readonly #onCallerAbort = (): void => {
    this.#abort(this.#callerSignal?.reason)
  }

  #abort(reason: unknown): void {
    this.#controller.abort(reason)
    const onAbort = this.#onAbort
    this.#onAbort = undefined
    onAbort?.()
  }

  /** Aborts when the attempt times out or the caller aborts. */
  get signal(): AbortSignal {
    return this.#controller.signal
  }

  timedOut(): boolean {
    return this.#timedOut
  }

  /**
   * Runs `callback` once if the deadline aborts (at once if it has); one at a time, the last set
   * wins, `undefined` unsets. Cheaper than a listener on the signal for what the body reader needs.
   */
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

export function createAttemptDeadline(
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): AttemptDeadline {
  return new AttemptDeadline(timeoutMs, callerSignal)
}
