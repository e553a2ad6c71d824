import { afterEach, describe, expect, it, vi } from 'vitest'
import { OwnAttemptDeadline } from '../../src/transport/attempt-deadline.js'
import { DeadlineCohorts } from '../../src/transport/deadline-cohorts.js'

afterEach(() => vi.useRealTimers())

function fakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 1_000_000 })
}

describe('DeadlineCohorts', () => {
  it('attempts started in the same millisecond with the same timeout share one signal', () => {
    fakeClock()
    const cohorts = new DeadlineCohorts()
    const first = cohorts.start(30_000)
    const second = cohorts.start(30_000)
    const otherTimeout = cohorts.start(5_000)
    expect(second.signal).toBe(first.signal)
    expect(otherTimeout.signal).not.toBe(first.signal)
    vi.advanceTimersByTime(1)
    const later = cohorts.start(30_000)
    expect(later.signal).not.toBe(first.signal)
    for (const deadline of [first, second, otherTimeout, later]) deadline.clear()
  })

  it('never fires before a member has had its whole timeout, and aborts every member still running', () => {
    fakeClock()
    const cohorts = new DeadlineCohorts()
    const first = cohorts.start(100)
    const firstAborted = vi.fn()
    first.whenAborted(firstAborted)
    // The second member starts at the very end of the cohort's millisecond (the fake clock only moves
    // in whole milliseconds, so this is the latest it can join).
    const second = cohorts.start(100)
    vi.advanceTimersByTime(100)
    expect(first.signal.aborted).toBe(false)
    vi.advanceTimersByTime(1)
    expect(first.signal.aborted).toBe(true)
    expect(first.timedOut()).toBe(true)
    expect(second.timedOut()).toBe(true)
    expect(firstAborted).toHaveBeenCalledTimes(1)
    const reason = first.signal.reason as DOMException
    expect(reason.name).toBe('TimeoutError')
    expect(reason.message).toBe('The attempt took longer than 100 ms')
    // A callback set after the deadline fired runs at once.
    const late = vi.fn()
    second.whenAborted(late)
    expect(late).toHaveBeenCalledTimes(1)
    first.clear()
    second.clear()
  })

  it('a member that finished is not called back when the others time out', () => {
    fakeClock()
    const cohorts = new DeadlineCohorts()
    const finished = cohorts.start(50)
    const finishedCallback = vi.fn()
    finished.whenAborted(finishedCallback)
    finished.clear()
    const running = cohorts.start(50)
    vi.advanceTimersByTime(60)
    expect(running.timedOut()).toBe(true)
    expect(finishedCallback).not.toHaveBeenCalled()
    running.clear()
  })

  it('a cohort whose members have all finished does not abort when its timer fires', () => {
    fakeClock()
    const cohorts = new DeadlineCohorts()
    const finished = cohorts.start(50)
    const signal = finished.signal
    finished.clear()
    vi.advanceTimersByTime(60)
    expect(signal.aborted).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('a fired cohort takes no newcomers', () => {
    fakeClock()
    const cohorts = new DeadlineCohorts()
    const first = cohorts.start(0)
    vi.advanceTimersByTime(1)
    expect(first.signal.aborted).toBe(true)
    const next = cohorts.start(0)
    expect(next.signal.aborted).toBe(false)
    expect(next.signal).not.toBe(first.signal)
    first.clear()
    next.clear()
  })

  it('leaves no timer behind once a closed cohort is empty', () => {
    fakeClock()
    const cohorts = new DeadlineCohorts()
    cohorts.start(30_000).clear()
    // Still open for this millisecond: its timer waits (unreferenced) for newcomers.
    expect(vi.getTimerCount()).toBe(1)
    vi.advanceTimersByTime(1)
    const next = cohorts.start(30_000)
    // Opening the next cohort closed the empty one, and its timer went with it.
    expect(vi.getTimerCount()).toBe(1)
    next.clear()
    vi.advanceTimersByTime(1)
    cohorts.start(30_000).clear()
    expect(vi.getTimerCount()).toBe(1)
  })

  it('starts a new cohort once one is full, so no signal gathers too many listeners', () => {
    fakeClock()
    const cohorts = new DeadlineCohorts()
    const deadlines = Array.from({ length: 450 }, () => cohorts.start(30_000))
    const signals = new Set(deadlines.map((deadline) => deadline.signal))
    expect(signals.size).toBe(9)
    for (const deadline of deadlines) deadline.clear()
  })

  it('holds the process open only while a member is running', () => {
    const timers = (): number => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length
    const before = timers()
    const cohorts = new DeadlineCohorts()
    const running = cohorts.start(60_000)
    expect(timers()).toBe(before + 1)
    running.clear()
    expect(timers()).toBe(before)
    // A newcomer in the same cohort holds it open again (when the clock has not moved on).
    const again = cohorts.start(60_000)
    expect(timers()).toBe(before + 1)
    again.clear()
    expect(timers()).toBe(before)
  })

  it('a timeout longer than a timer can hold waits rather than firing at once', async () => {
    // setTimeout reads anything above 2^31 - 1 ms as 1 ms.
    const fortyDays = 40 * 24 * 3_600_000
    const shared = new DeadlineCohorts().start(fortyDays)
    const own = new OwnAttemptDeadline(fortyDays, new AbortController().signal)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(shared.signal.aborted).toBe(false)
    expect(own.signal.aborted).toBe(false)
    shared.clear()
    own.clear()
  })
})
