import { describe, expect, it } from 'vitest'
import { withMethods } from '../../src/resource/index.js'

describe('withMethods', () => {
  const data = () => ({ id: 5, summary: 'Printer jam', status_id: 1 })

  it('keeps JSON, keys and spread exactly equal to the wire data', () => {
    const record = withMethods(data(), {
      describe() {
        return `#${this.id} ${this.summary}`
      },
    })
    expect(JSON.stringify(record)).toBe(JSON.stringify(data()))
    expect(Object.keys(record)).toEqual(['id', 'summary', 'status_id'])
    expect({ ...record }).toEqual(data())
    expect(record.describe()).toBe('#5 Printer jam')
  })

  it('returns the same object and leaves every wire field own and enumerable', () => {
    const raw = data()
    const record = withMethods(raw, { noop: () => undefined })
    expect(record).toBe(raw)
    for (const key of ['id', 'summary', 'status_id']) {
      expect(Object.getOwnPropertyDescriptor(record, key)?.enumerable).toBe(true)
    }
    expect(Object.getOwnPropertyDescriptor(record, 'noop')?.enumerable).toBe(false)
  })

  it('binds this to the record at call time, so later field changes are seen', async () => {
    const record = withMethods(data(), {
      async nextStatus() {
        return this.status_id + 1
      },
    })
    record.status_id = 4
    await expect(record.nextStatus()).resolves.toBe(5)
  })

  it('refuses a method name that would hide a wire field', () => {
    expect(() => withMethods(data(), { summary: () => 'x' })).toThrow(/own property "summary"/)
  })

  it('accepts an empty method set', () => {
    expect(JSON.stringify(withMethods(data(), {}))).toBe(JSON.stringify(data()))
  })
})
