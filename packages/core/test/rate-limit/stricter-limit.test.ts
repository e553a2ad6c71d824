import { describe, expect, it } from 'vitest'
import { stricterLimit } from '../../src/rate-limit/stricter-limit.js'

const minute = 60_000

describe('stricterLimit', () => {
  it("takes Halo's figures as they are when they are stricter", () => {
    expect(
      stricterLimit({ requests: 500, windowMs: 5 * minute }, { requests: 300, windowMs: 5 * minute }),
    ).toEqual({
      requests: 300,
      windowMs: 5 * minute,
    })
  })

  it('never raises the limit', () => {
    const current = { requests: 300, windowMs: 5 * minute }
    expect(stricterLimit(current, { requests: 1000, windowMs: 5 * minute })).toEqual(current)
    expect(stricterLimit(current, { requests: 300, windowMs: minute })).toEqual(current)
  })

  it('keeps the smaller burst and stretches its window to honour the lower rate', () => {
    // Ours: 100 per minute (1.67/s); Halo: 300 per 5 minutes (1/s) → 100 per 100 s.
    expect(
      stricterLimit({ requests: 100, windowMs: minute }, { requests: 300, windowMs: 5 * minute }),
    ).toEqual({
      requests: 100,
      windowMs: 100_000,
    })
    // Halo: 10 per second; ours 500 per 5 minutes → bursts of 10, 50 of them per 5 minutes.
    expect(stricterLimit({ requests: 500, windowMs: 5 * minute }, { requests: 10, windowMs: 1000 })).toEqual({
      requests: 10,
      windowMs: 6000,
    })
  })

  it('never lets either window be exceeded when the bursts do not divide evenly', () => {
    // 120 per minute vs 300 per 5 minutes: 2 bursts of 120 per 5 minutes, not 2.5.
    const merged = stricterLimit({ requests: 120, windowMs: minute }, { requests: 300, windowMs: 5 * minute })
    expect(merged).toEqual({ requests: 120, windowMs: 150_000 })
    // Worst case in any 5-minute span: ceil(300 000 / 150 000) bursts.
    expect(Math.ceil((5 * minute) / merged.windowMs) * merged.requests).toBeLessThanOrEqual(300)
  })
})
