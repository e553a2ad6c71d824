import { abortReason } from './abort.js'
import { timerDelay } from './attempt-deadline.js'

/**
 * A streamed answer's body as the caller gets it: the same chunks, with the call's `timeoutMs` as
 * an idle deadline. Only the time a read waits counts: the source is pulled when the caller reads
 * (no queue of our own), and a timer runs while that pull is pending, so a caller that takes its
 * time between reads (a slow disk, backpressure) is never cut, and a connection that stops sending
 * mid-body fails instead of hanging. One timer per read, not per byte.
 *
 * The attempt's own deadline is over once the headers are in (its shared timer serves other
 * attempts); without this, nothing would bound a body read afterwards, and the caller's signal
 * would no longer reach it. A stall, or the caller's abort, fails the stream and cancels the source,
 * which closes the connection. Cancelling the stream cancels the source too.
 *
 * `timeoutMs` is the longest one read may wait (the call's per-attempt timeout); `signal` is the
 * caller's own, listened to until the body ends, fails or is cancelled (a body dropped unread keeps
 * its listener as long as the signal lives, as fetch does with the same signal); `stalled` builds
 * the error a stalled read fails with, told how many bytes came first.
 */
export function bodyUnderDeadline(
  source: ReadableStream<Uint8Array>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  stalled: (bytesRead: number) => unknown,
): ReadableStream<Uint8Array> {
  const reader = source.getReader()
  let output!: ReadableStreamDefaultController<Uint8Array>
  let timer: ReturnType<typeof setTimeout> | undefined
  let bytesRead = 0
  let over = false

  /** The body ended, failed or was cancelled: the timer and the listener go. */
  const finish = (): boolean => {
    if (over) return false
    over = true
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
    return true
  }
  const fail = (reason: unknown): void => {
    if (!finish()) return
    output.error(reason)
    reader.cancel(reason).catch(() => {})
  }
  const onAbort = (): void => fail(abortReason(signal as AbortSignal))

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        output = controller
        if (signal?.aborted) onAbort()
        else signal?.addEventListener('abort', onAbort, { once: true })
      },
      pull(controller) {
        timer = setTimeout(() => fail(stalled(bytesRead)), timerDelay(timeoutMs))
        // Once a stall or an abort has failed the stream, the source's late answer is moot.
        return reader.read().then(
          (result) => {
            clearTimeout(timer)
            if (over) return
            if (result.done) {
              finish()
              controller.close()
            } else {
              bytesRead += result.value.byteLength
              controller.enqueue(result.value)
            }
          },
          (error: unknown) => {
            if (finish()) controller.error(error)
          },
        )
      },
      cancel(reason) {
        finish()
        return reader.cancel(reason)
      },
    },
    // No queue: the source is read only while the caller waits on a read.
    { highWaterMark: 0 },
  )
}
