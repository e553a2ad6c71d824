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

/** A per-attempt deadline; `setTimeout` based so fake timers in tests drive it. */
export interface AttemptDeadline {
  readonly signal: AbortSignal
  readonly timedOut: () => boolean
  readonly clear: () => void
}

export function createAttemptDeadline(
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): AttemptDeadline {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort(new DOMException(`The attempt took longer than ${timeoutMs} ms`, 'TimeoutError'))
  }, timeoutMs)
  // A listener removed in clear() rather than AbortSignal.any: a caller's long-lived signal shared
  // by thousands of requests must not keep a dependent signal per attempt alive.
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason)
  if (callerSignal?.aborted) onCallerAbort()
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true })
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    clear: () => {
      clearTimeout(timer)
      callerSignal?.removeEventListener('abort', onCallerAbort)
    },
  }
}
