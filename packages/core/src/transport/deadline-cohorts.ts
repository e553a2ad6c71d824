import { refTimer, unrefTimer } from '../timing/timer-ref.js'
import { type AttemptDeadline, attemptTimeoutError, timerDelay } from './attempt-deadline.js'

/**
 * How many attempts may join one cohort. undici keeps a listener on a request's signal until the
 * request is garbage-collected, and lists a signal's listeners for every new request, so a shared
 * signal gets dearer as it gathers them: measured over loopback, sharing one signal among 10
 * requests saved about 5% of a round trip, among 200 it saved nothing, and one shared forever
 * cost 1.7x (and a MaxListenersExceededWarning).
 */
const MAX_MEMBERS = 50

/**
 * Deadlines for attempts that have no signal of their own, sharing one `AbortController` per cohort.
 *
 * Why: in Node an `AbortSignal` costs about as much to create as the rest of a request's own work
 * (it is an EventTarget made transferable), and nearly every attempt ends long before its deadline.
 * Attempts that start within the same millisecond with the same timeout share one controller and one
 * timer. The timer is set `timeoutMs + 1` after the cohort opens, so it never fires before a member's
 * own deadline and at most a millisecond after it; when it fires, every member still running has run
 * out of time, so aborting them together is exact.
 *
 * A cohort takes no newcomers once the clock has moved on, once it is full, or once it has fired.
 * Its timer holds the process open only while a member is running, and is cleared as soon as the
 * cohort is closed and empty.
 */
export class DeadlineCohorts {
  readonly #open = new Map<number, DeadlineCohort>()

  start(timeoutMs: number): AttemptDeadline {
    const now = Date.now()
    let cohort = this.#open.get(timeoutMs)
    if (cohort !== undefined && !cohort.admits(now)) {
      cohort.close()
      cohort = undefined
    }
    if (cohort === undefined) {
      cohort = new DeadlineCohort(timeoutMs, now, () => {
        if (this.#open.get(timeoutMs) === cohort) this.#open.delete(timeoutMs)
      })
      this.#open.set(timeoutMs, cohort)
    }
    return cohort.join()
  }
}

class DeadlineCohort {
  readonly #controller = new AbortController()
  readonly #timer: ReturnType<typeof setTimeout>
  readonly #members = new Set<SharedAttemptDeadline>()
  readonly #openedAt: number
  readonly #onClosed: () => void
  #joined = 0
  #closed = false
  #fired = false
  #signal: AbortSignal | undefined

  constructor(timeoutMs: number, openedAt: number, onClosed: () => void) {
    this.#openedAt = openedAt
    this.#onClosed = onClosed
    this.#timer = setTimeout(() => this.#fire(timeoutMs), timerDelay(timeoutMs + 1))
  }

  get signal(): AbortSignal {
    this.#signal ??= this.#controller.signal
    return this.#signal
  }

  get fired(): boolean {
    return this.#fired
  }

  admits(now: number): boolean {
    return !this.#closed && !this.#fired && now === this.#openedAt && this.#joined < MAX_MEMBERS
  }

  join(): SharedAttemptDeadline {
    if (this.#members.size === 0) refTimer(this.#timer)
    this.#joined++
    const member = new SharedAttemptDeadline(this)
    this.#members.add(member)
    return member
  }

  leave(member: SharedAttemptDeadline): void {
    if (!this.#members.delete(member) || this.#members.size > 0) return
    if (this.#closed) clearTimeout(this.#timer)
    else unrefTimer(this.#timer)
  }

  /** Takes no newcomers from now on; the timer goes once the last member leaves. */
  close(): void {
    if (this.#closed) return
    this.#closed = true
    this.#onClosed()
    if (this.#members.size === 0) clearTimeout(this.#timer)
  }

  #fire(timeoutMs: number): void {
    this.#fired = true
    this.close()
    // With no member running there is nothing to cut; aborting would only reach requests that are
    // over (undici keeps a listener for each until it is collected).
    if (this.#members.size === 0) return
    this.#controller.abort(attemptTimeoutError(timeoutMs))
    for (const member of this.#members) member.aborted()
    this.#members.clear()
  }
}

class SharedAttemptDeadline implements AttemptDeadline {
  readonly #cohort: DeadlineCohort
  #onAbort: (() => void) | undefined

  constructor(cohort: DeadlineCohort) {
    this.#cohort = cohort
  }

  get signal(): AbortSignal {
    return this.#cohort.signal
  }

  timedOut(): boolean {
    return this.#cohort.fired
  }

  whenAborted(callback: (() => void) | undefined): void {
    if (callback !== undefined && this.#cohort.fired) callback()
    else this.#onAbort = callback
  }

  /** Called by the cohort when its timer fires while this attempt runs. */
  aborted(): void {
    const onAbort = this.#onAbort
    this.#onAbort = undefined
    onAbort?.()
  }

  clear(): void {
    this.#onAbort = undefined
    this.#cohort.leave(this)
  }
}
