import { onAbort } from '../timing/on-abort.js'

/** How one page is requested: its number, and the signal that cancels it. */
export type RequestPage = (pageNo: number, signal: AbortSignal | undefined) => Promise<unknown>

/**
 * The page requests of one traversal, some of them sent before the consumer reaches them.
 *
 * Paging one request at a time costs a round trip per page; once the list knows how many pages it
 * needs (Halo's `record_count`), `requestUpTo` sends the following pages together, at most `window`
 * of them unread at once, so memory holds a few pages and never the whole list. `take` hands the
 * answers over in page order whatever order they arrive in.
 *
 * A page sent ahead carries a signal of this traversal (linked to the caller's): `close` aborts the
 * pages nobody will read (the consumer stopped, an error, the end of the list), and their rejections
 * are handled here, so abandoning them never surfaces as an unhandled rejection. A page that fails
 * and is then read rejects `take` with its own error, at its place in the order.
 */
export class PagesAhead {
  readonly #request: RequestPage
  readonly #window: number
  readonly #signal: AbortSignal | undefined
  /** Pages sent and not taken yet, by page number. */
  readonly #pending = new Map<number, Promise<unknown>>()
  #highestSent = 0
  #controller: AbortController | undefined
  #unlink: (() => void) | undefined
  #closed = false

  /**
   * @param window pages that may be sent and unread at once; 1 sends each page only when taken.
   * @param signal the caller's signal: aborting it aborts every page in flight.
   */
  constructor(request: RequestPage, window: number, signal: AbortSignal | undefined) {
    this.#request = request
    this.#window = window
    this.#signal = signal
  }

  /** The answer of `pageNo`: the request sent ahead, or one sent now with the caller's signal. */
  take(pageNo: number): Promise<unknown> {
    const pending = this.#pending.get(pageNo)
    if (pending !== undefined) {
      this.#pending.delete(pageNo)
      return pending
    }
    this.#signal?.throwIfAborted()
    this.#highestSent = Math.max(this.#highestSent, pageNo)
    return this.#request(pageNo, this.#signal)
  }

  /**
   * Sends pages `from`..`last` not sent yet, while fewer than `window` sent pages are unread.
   * Does nothing with a window of 1, after `close`, or once the caller's signal aborted.
   */
  requestUpTo(from: number, last: number): void {
    if (this.#window <= 1 || this.#closed || this.#signal?.aborted) return
    for (let pageNo = Math.max(from, this.#highestSent + 1); pageNo <= last; pageNo++) {
      if (this.#pending.size >= this.#window) return
      const answer = this.#request(pageNo, this.#linkedSignal())
      // Marked handled now: a page abandoned by `close` must not reject unhandled. `take` still
      // hands out the original promise, so a page that is read rejects with its own error.
      answer.catch(() => undefined)
      this.#pending.set(pageNo, answer)
      this.#highestSent = pageNo
    }
  }

  /** Pages sent and not taken (for tests and diagnostics). */
  get unread(): number {
    return this.#pending.size
  }

  /** Aborts the pages sent ahead that were not taken; idempotent. */
  close(): void {
    if (this.#closed) return
    this.#closed = true
    this.#unlink?.()
    if (this.#pending.size > 0) {
      this.#controller?.abort(new DOMException('The list stopped before reading this page', 'AbortError'))
    }
    this.#pending.clear()
  }

  /** A signal aborted by `close` and by the caller's signal, made on first use. */
  #linkedSignal(): AbortSignal {
    if (this.#controller === undefined) {
      const controller = new AbortController()
      this.#controller = controller
      const outer = this.#signal
      if (outer !== undefined) this.#unlink = onAbort(outer, () => controller.abort(outer.reason))
    }
    return this.#controller.signal
  }
}
