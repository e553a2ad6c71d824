// Helpers attached lazily: a record looks exactly like one decorated eagerly (Halo's data alone in
// JSON, keys and spreads; helpers not enumerable), but its helpers are built only when one is read.
import { describe, expect, it } from 'vitest'
import { lazyMethods } from '../../src/resource/with-methods/lazy-methods.js'

interface Ticket {
  id: number
  summary: string
  status_id: number
}

const data = (id = 5): Ticket => ({ id, summary: 'Printer jam', status_id: 1 })

/** A decorator whose builds are counted. */
function counted() {
  let builds = 0
  const attach = lazyMethods((ticket: Ticket) => {
    builds++
    return {
      describe: () => `#${ticket.id} ${ticket.summary}`,
      nextStatus(this: Ticket) {
        return this.status_id + 1
      },
    }
  })
  return {
    attach: (t: Ticket) => attach(t) as Ticket & { describe(): string; nextStatus(): number },
    builds: () => builds,
  }
}

describe('lazyMethods', () => {
  it('leaves JSON, keys and spreads exactly the wire data, and the record itself', () => {
    const raw = data()
    const record = counted().attach(raw)
    expect(record).toBe(raw)
    expect(JSON.stringify(record)).toBe(JSON.stringify(data()))
    expect(Object.keys(record)).toEqual(['id', 'summary', 'status_id'])
    expect({ ...record }).toEqual(data())
    expect(structuredClone(record)).toEqual(data())
    expect(Object.getOwnPropertyDescriptor(record, 'describe')?.enumerable).toBe(false)
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype)
  })

  it("builds a record's helpers when one is first read, once, and never for records whose helpers go unused", () => {
    const { attach, builds } = counted()
    const records = Array.from({ length: 1_000 }, (_, i) => attach(data(i + 1)))
    // The first record's are built to learn the helpers' names.
    expect(builds()).toBe(1)
    const third = records[2] as ReturnType<typeof attach>
    expect(third.describe()).toBe('#3 Printer jam')
    expect(third.describe).toBe(third.describe)
    expect(third.nextStatus()).toBe(2)
    expect(builds()).toBe(2)
    expect(records[0]?.describe()).toBe('#1 Printer jam')
    expect(builds()).toBe(2)
  })

  it('binds this to the record at call time, so later field changes are seen', () => {
    const record = counted().attach(data())
    record.status_id = 4
    expect(record.nextStatus()).toBe(5)
  })

  it('refuses a helper name that would hide a wire field, on any record of the kind', () => {
    const attach = lazyMethods((ticket: Ticket & { summary2?: string }) => ({ summary2: () => ticket.id }))
    attach(data())
    expect(() => attach({ ...data(), summary2: 'from Halo' })).toThrow(/own property "summary2"/)
  })

  it('lets a helper be replaced by assignment, as a plain property', () => {
    const record = counted().attach(data())
    const replacement = () => 'mine'
    record.describe = replacement
    expect(record.describe).toBe(replacement)
    expect(Object.keys(record)).toEqual(['id', 'summary', 'status_id'])
  })

  it('decorating a record twice keeps one set of helpers', () => {
    const { attach, builds } = counted()
    const record = attach(attach(data()))
    expect(record.describe()).toBe('#5 Printer jam')
    expect(builds()).toBe(1)
  })
})
