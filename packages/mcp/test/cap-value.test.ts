import { describe, expect, it } from 'vitest'
import { capValue } from '../src/results/cap-value.js'

describe('capValue', () => {
  it('leaves an answer under the cap alone', () => {
    expect(capValue({ a: 1 }, 100)).toEqual({ value: { a: 1 }, note: undefined })
  })

  it('keeps the first records of a page that fit', () => {
    const records = Array.from({ length: 50 }, (_, id) => ({ id, summary: 'x'.repeat(80) }))
    const { value, note } = capValue({ records, page: 3, page_size: 50 }, 1_000)
    const kept = (value as { records: unknown[] }).records
    expect(JSON.stringify(value).length).toBeLessThanOrEqual(1_000)
    expect(kept.length).toBeGreaterThan(0)
    expect(kept).toEqual(records.slice(0, kept.length))
    expect(note).toContain(`page_size: ${kept.length}`)
  })

  it('drops the largest fields of an object and names them', () => {
    const { value, note } = capValue({ id: 1, summary: 'short', details_html: 'y'.repeat(5_000) }, 200)
    expect(value).toEqual({ id: 1, summary: 'short' })
    expect(note).toMatch(/details_html/)
  })
})
