import { describe, expect, it } from 'vitest'
import { inFlightLeaseMs } from '../../src/rate-limit/in-flight-lease.js'
import { MemoryRateLimitStore } from '../../src/rate-limit/memory-store.js'

function clock(start = 1_000_000) {
  const state = { now: start }
  return { state, now: () => state.now }
}

describe('MemoryRateLimitStore', () => {
  it('grants exactly `limit` slots in a rolling window and names the wait until the oldest leaves', async () => {
    const { state, now } = clock()
    const store = new MemoryRateLimitStore(now)
    for (let i = 0; i < 3; i++) {
      expect(await store.acquire('t', 3, 1000)).toEqual({ granted: true })
      state.now += 100
    }
    // Slots were taken at +0, +100, +200; now +300.
    expect(await store.acquire('t', 3, 1000)).toEqual({ granted: false, retryInMs: 700 })
    state.now += 699
    expect(await store.acquire('t', 3, 1000)).toEqual({ granted: false, retryInMs: 1 })
    state.now += 1
    expect(await store.acquire('t', 3, 1000)).toEqual({ granted: true })
    // The window rolls: the slot of +100 frees at +1100, not at a bucket boundary.
    expect(await store.acquire('t', 3, 1000)).toEqual({ granted: false, retryInMs: 100 })
  })

  it('counts keys separately', async () => {
    const { now } = clock()
    const store = new MemoryRateLimitStore(now)
    expect(await store.acquire('a', 1, 1000)).toEqual({ granted: true })
    expect(await store.acquire('b', 1, 1000)).toEqual({ granted: true })
    expect((await store.acquire('a', 1, 1000)).granted).toBe(false)
  })

  it('judges a lowered or raised limit against the full history', async () => {
    const { state, now } = clock()
    const store = new MemoryRateLimitStore(now)
    for (let i = 0; i < 5; i++) {
      await store.acquire('t', 5, 1000)
      state.now += 10
    }
    // Taken at +0..+40; now +50. With a limit of 2, four must leave: the last of them is +30.
    expect(await store.acquire('t', 2, 1000)).toEqual({ granted: false, retryInMs: 980 })
    // With 4, two must leave (+0, +10); with 5, one (+0).
    expect(await store.acquire('t', 4, 1000)).toEqual({ granted: false, retryInMs: 960 })
    expect(await store.acquire('t', 5, 1000)).toEqual({ granted: false, retryInMs: 950 })
    expect(await store.acquire('t', 6, 1000)).toEqual({ granted: true })
    expect(await store.acquire('t', 6, 1000)).toEqual({ granted: false, retryInMs: 950 })
  })

  it('wraps its ring buffer correctly over many windows', async () => {
    const { state, now } = clock()
    const store = new MemoryRateLimitStore(now)
    let granted = 0
    for (let step = 0; step < 10_000; step++) {
      if ((await store.acquire('t', 7, 100)).granted) granted++
      state.now += 1
    }
    // 10 000 ms of 1 request per ms, 7 per 100 ms rolling: exactly 7 per 100 ms block.
    expect(granted).toBe(700)
  })

  it('blocks a key until the given instant', async () => {
    const { state, now } = clock()
    const store = new MemoryRateLimitStore(now)
    await store.block('t', state.now + 5000)
    expect(await store.acquire('t', 10, 1000)).toEqual({ granted: false, retryInMs: 5000 })
    expect((await store.acquire('other', 10, 1000)).granted).toBe(true)
    // An earlier block never shortens a later one.
    await store.block('t', state.now + 10)
    state.now += 4999
    expect(await store.acquire('t', 10, 1000)).toEqual({ granted: false, retryInMs: 1 })
    state.now += 1
    expect(await store.acquire('t', 10, 1000)).toEqual({ granted: true })
  })

  it('forgets idle keys', async () => {
    const { state, now } = clock()
    const store = new MemoryRateLimitStore(now)
    for (let i = 0; i < 100; i++) await store.acquire(`tenant-${i}`, 5, 1000)
    await store.block('blocked', state.now + 3_600_000)
    expect(store.trackedKeys).toBe(101)
    state.now += 120_000
    await store.acquire('fresh', 5, 1000)
    expect(store.trackedKeys).toBe(2)
  })

  it('rejects a nonsensical limit', async () => {
    const store = new MemoryRateLimitStore()
    await expect(store.acquire('t', 0, 1000)).rejects.toThrow(RangeError)
    await expect(store.acquire('t', 5, 0)).rejects.toThrow(RangeError)
  })

  describe('settle: slots counted from the answer', () => {
    it("moves the key's oldest unsettled slot to the answer time, so it frees a window after the answer", async () => {
      const { state, now } = clock()
      const store = new MemoryRateLimitStore(now)
      expect(await store.acquire('t', 1, 1000)).toEqual({ granted: true })
      state.now += 300 // the request is answered 300 ms after it was granted
      store.settle('t')
      state.now += 700 // counted from the grant it would free now
      expect(await store.acquire('t', 1, 1000)).toEqual({ granted: false, retryInMs: 300 })
      state.now += 300
      expect(await store.acquire('t', 1, 1000)).toEqual({ granted: true })
    })

    it('matches answers to grants in order, whichever request the answer belongs to', async () => {
      const { state, now } = clock()
      const store = new MemoryRateLimitStore(now)
      await store.acquire('t', 3, 1000) // +0
      state.now += 10
      await store.acquire('t', 3, 1000) // +10
      state.now += 10
      await store.acquire('t', 3, 1000) // +20
      state.now += 80
      store.settle('t') // the slot of +0 is counted from +100
      state.now += 400
      store.settle('t') // +10 from +500
      // Slots now at +20 (unsettled), +100, +500; at +1020 the one of +20 leaves, never settled.
      state.now = 1_000_000 + 1020
      expect(await store.acquire('t', 3, 1000)).toEqual({ granted: true })
      expect(await store.acquire('t', 3, 1000)).toEqual({ granted: false, retryInMs: 80 })
      // The next answer settles the slot granted at +1020 (the one of +20 is gone, not re-counted).
      state.now += 30
      store.settle('t')
      expect(await store.acquire('t', 3, 1000)).toEqual({ granted: false, retryInMs: 50 })
      state.now += 50
      expect(await store.acquire('t', 3, 1000)).toEqual({ granted: true })
      expect(await store.acquire('t', 3, 1000)).toEqual({ granted: false, retryInMs: 400 })
    })

    it('keeps each key apart, and does nothing without a key or an unsettled slot', async () => {
      const { state, now } = clock()
      const store = new MemoryRateLimitStore(now)
      store.settle('unknown')
      expect(store.trackedKeys).toBe(0)
      await store.acquire('a', 1, 1000)
      await store.acquire('b', 1, 1000)
      state.now += 500
      store.settle('b')
      store.settle('b') // nothing left to settle for b
      state.now += 500
      expect((await store.acquire('a', 1, 1000)).granted).toBe(true)
      expect(await store.acquire('b', 1, 1000)).toEqual({ granted: false, retryInMs: 500 })
    })

    it('keeps times in order under a lowered limit and a full window', async () => {
      const { state, now } = clock()
      const store = new MemoryRateLimitStore(now)
      for (let i = 0; i < 5; i++) {
        await store.acquire('t', 5, 1000)
        state.now += 10
      }
      // Granted +0..+40; the first two are answered at +50 and +60.
      store.settle('t')
      state.now += 10
      store.settle('t')
      // Now +60: slots at +20, +30, +40, +50, +60. With a limit of 2, four must leave; the last is +50.
      expect(await store.acquire('t', 2, 1000)).toEqual({ granted: false, retryInMs: 990 })
      expect(await store.acquire('t', 5, 1000)).toEqual({ granted: false, retryInMs: 960 })
    })

    it('forgets slots nobody settles once they leave the window', async () => {
      const { state, now } = clock()
      const store = new MemoryRateLimitStore(now)
      for (let i = 0; i < 1000; i++) {
        expect((await store.acquire('t', 1, 10)).granted).toBe(true)
        state.now += i === 999 ? 5 : 10
      }
      // Only the slot granted last is still unsettled; settling it counts it from now.
      store.settle('t')
      expect(await store.acquire('t', 1, 10)).toEqual({ granted: false, retryInMs: 10 })
    })
  })

  describe('untilSettled: a slot stays counted while its request is in flight', () => {
    /**
     * Key `t` of a store on a clock the test moves, every slot held until settled: `askAfter(ms)`
     * moves the clock on by `ms` and asks for a slot of `limit` a second (the budget unless given),
     * `settleAfter(ms)` moves it on and settles the oldest held slot (an answer arrives). `lease` is
     * the store's `inFlightLeaseMs` (the default without).
     */
    function heldBudget(budget: number, lease?: number) {
      const { state, now } = clock()
      const store = new MemoryRateLimitStore({ now, inFlightLeaseMs: lease })
      return {
        askAfter(ms: number, limit = budget) {
          state.now += ms
          return store.acquire('t', limit, 1000, { untilSettled: true })
        },
        settleAfter(ms: number) {
          state.now += ms
          store.settle('t')
        },
      }
    }

    it('counts a slot in flight longer than a window until it is settled, then a window from the answer', async () => {
      const { askAfter, settleAfter } = heldBudget(1)
      expect(await askAfter(0)).toEqual({ granted: true })
      // Three windows later the request is still in flight: its slot is still taken.
      expect((await askAfter(3000)).granted).toBe(false)
      settleAfter(0) // answered at +3000
      expect(await askAfter(0)).toEqual({ granted: false, retryInMs: 1000 })
      expect(await askAfter(999)).toEqual({ granted: false, retryInMs: 1 })
      expect(await askAfter(1)).toEqual({ granted: true })
    })

    it('makes waiters ask again within a window, not sleep the lease, when the budget is all in flight', async () => {
      const { askAfter, settleAfter } = heldBudget(3)
      for (let i = 0; i < 3; i++) expect((await askAfter(0)).granted).toBe(true)
      expect(await askAfter(0)).toEqual({ granted: false, retryInMs: 1000 })
      // One answer arrives at +400: no slot frees before +1400, which is what the next poll learns.
      settleAfter(400)
      expect(await askAfter(600)).toEqual({ granted: false, retryInMs: 400 })
      expect(await askAfter(400)).toEqual({ granted: true })
    })

    it('names the exact wait when enough of a full budget is in the window', async () => {
      const { askAfter, settleAfter } = heldBudget(3)
      for (const ms of [0, 100, 100]) await askAfter(ms) // +0, +100, +200
      settleAfter(100) // the slot of +0 counted from +300
      // One in the window (+300), two in flight: the one of +300 must leave.
      expect(await askAfter(0)).toEqual({ granted: false, retryInMs: 1000 })
      settleAfter(200) // +500
      // A limit of 2 with two counted in the window (+300, +500) and one in flight: both must leave.
      expect(await askAfter(0, 2)).toEqual({ granted: false, retryInMs: 1000 })
      expect(await askAfter(0)).toEqual({ granted: false, retryInMs: 800 })
    })

    it('matches answers to held slots in grant order', async () => {
      const { askAfter, settleAfter } = heldBudget(2)
      await askAfter(0) // +0
      await askAfter(2000) // +2000, while the one of +0 is still in flight
      settleAfter(100) // settles the slot of +0, counted from +2100; the one of +2000 stays held
      expect(await askAfter(0)).toEqual({ granted: false, retryInMs: 1000 })
      expect(await askAfter(1000)).toEqual({ granted: true })
    })

    it('frees a slot nobody settles after its lease, and forgets the key then', async () => {
      const { askAfter, settleAfter } = heldBudget(1)
      expect(await askAfter(0)).toEqual({ granted: true })
      // The lease is max(10 min, 2 windows); waiters poll once a window meanwhile.
      expect(await askAfter(600_000 - 500)).toEqual({ granted: false, retryInMs: 500 })
      expect(await askAfter(500)).toEqual({ granted: true })
      // A late answer of the dropped slot settles the slot granted just now, the oldest left.
      settleAfter(100)
      expect(await askAfter(0)).toEqual({ granted: false, retryInMs: 1000 })

      // Idle keys are swept once a minute: a key whose held slot's lease ended is one of them.
      const { state, now } = clock()
      const swept = new MemoryRateLimitStore(now)
      await swept.acquire('gone', 1, 1000, { untilSettled: true })
      state.now += 300_000
      await swept.acquire('fresh', 1, 1000)
      expect(swept.trackedKeys).toBe(2) // still in flight
      state.now += 300_000
      await swept.acquire('fresh', 1, 1000)
      expect(swept.trackedKeys).toBe(1)
    })

    it('frees a slot nobody settles after the lease it was given, never before one window', async () => {
      const short = heldBudget(1, 5_000)
      expect(await short.askAfter(0)).toEqual({ granted: true })
      expect(await short.askAfter(4_999)).toEqual({ granted: false, retryInMs: 1 })
      expect(await short.askAfter(1)).toEqual({ granted: true })

      // A lease shorter than the window is held a whole window: as long as a slot counted from its grant.
      const tooShort = heldBudget(1, 10)
      expect(await tooShort.askAfter(0)).toEqual({ granted: true })
      expect(await tooShort.askAfter(999)).toEqual({ granted: false, retryInMs: 1 })
      expect(await tooShort.askAfter(1)).toEqual({ granted: true })
    })

    it('refuses a lease that is not a positive number, naming the option', () => {
      expect(() => new MemoryRateLimitStore({ inFlightLeaseMs: 0 })).toThrow(
        /inFlightLeaseMs must be a number > 0, got 0/,
      )
      expect(() => new MemoryRateLimitStore({ inFlightLeaseMs: Number.NaN })).toThrow(RangeError)
    })
  })
})

describe('inFlightLeaseMs', () => {
  it('is 10 minutes or two windows if longer by default, a configured lease otherwise, at least one window', () => {
    expect(inFlightLeaseMs(1_000)).toBe(600_000)
    expect(inFlightLeaseMs(900_000)).toBe(1_800_000)
    expect(inFlightLeaseMs(1_000, 5_000)).toBe(5_000)
    expect(inFlightLeaseMs(1_000, 500)).toBe(1_000)
  })
})
