import { describe, expect, it } from 'vitest'
import { withHaloQuery } from '../../src/transport/query-values.js'

const url = 'https://acme.halopsa.com/api/Tickets'

describe('withHaloQuery (Halo values, encoded by ufo as ofetch does)', () => {
  it('joins arrays with commas, writes dates as ISO 8601 and leaves undefined and null out', () => {
    const built = withHaloQuery(url, {
      ids: [1, 2, 3],
      open_only: true,
      since: new Date('2024-01-02T03:04:05.000Z'),
      search: 'printer & scanner',
      skipped: undefined,
      none: null,
    })
    const search = new URL(built).searchParams
    expect(search.get('ids')).toBe('1,2,3')
    expect(search.get('open_only')).toBe('true')
    expect(search.get('since')).toBe('2024-01-02T03:04:05.000Z')
    expect(search.get('search')).toBe('printer & scanner')
    expect(search.has('skipped')).toBe(false)
    expect(search.has('none')).toBe(false)
  })

  it('sends a lone surrogate as U+FFFD rather than throwing', () => {
    const built = withHaloQuery(url, { search: 'cut \uD83D here' })
    expect(new URL(built).searchParams.get('search')).toBe('cut \uFFFD here')
  })

  it('refuses what Halo could not read, naming the parameter', () => {
    expect(() => withHaloQuery(url, { count: Number.NaN })).toThrow(/count must be a finite number/)
    expect(() => withHaloQuery(url, { when: new Date('nope') })).toThrow(/when is an invalid Date/)
  })

  it('leaves the URL as it is when nothing is left to send', () => {
    expect(withHaloQuery(url, { a: undefined })).toBe(url)
    expect(withHaloQuery(url, undefined)).toBe(url)
  })
})
