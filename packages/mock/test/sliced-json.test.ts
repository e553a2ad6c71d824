// Long list answers (a page of tickets, every action of every ticket) are served a part at a time:
// the same bytes as one JSON.stringify of the envelope, in several body chunks.
import { describe, expect, it } from 'vitest'
import { slicedListJson } from '../src/http/sliced-json.js'
import { WorkSlice } from '../src/http/work-slice.js'
import { createHaloMock } from '../src/index.js'

async function chunksOf(response: Response): Promise<string[]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const decoder = new TextDecoder()
  const chunks: string[] = []
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return chunks
    chunks.push(decoder.decode(value))
  }
}

describe('slicedListJson', () => {
  it('sends exactly what JSON.stringify sends, in parts once the list is long', async () => {
    for (const size of [0, 1, 50, 51, 1_999, 2_000, 2_001, 4_000, 6_543]) {
      const rows = Array.from({ length: size }, (_, i) => ({ id: i, note: `row "${i}"\n`, nested: { i } }))
      const chunks = await chunksOf(slicedListJson({ record_count: size + 7 }, 'actions', rows))
      expect(chunks.join('')).toBe(JSON.stringify({ record_count: size + 7, actions: rows }))
      if (size <= 50) expect(chunks).toHaveLength(1)
      else {
        // The opening, parts of at most about 100 kB, the closing.
        expect(chunks[0]).toBe(`{"record_count":${size + 7},"actions":[`)
        expect(chunks.at(-1)).toBe(']}')
        expect(chunks.length).toBeGreaterThanOrEqual(3)
        for (const chunk of chunks) expect(chunk.length).toBeLessThan(112_000)
      }
    }
  })

  it('writes what a slice of time allows, then pauses: every part on its own read when each slice is spent at once', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => ({ id: i, text: 'y'.repeat(200) }))
    const expected = JSON.stringify({ record_count: 5_000, actions: rows })
    // A slice that is always spent still writes one part per pull, so the body never stalls.
    const spent = await chunksOf(slicedListJson({ record_count: 5_000 }, 'actions', rows, new WorkSlice(0)))
    expect(spent.join('')).toBe(expected)
    // A slice that never ends writes the whole answer when the body is opened.
    let pulls = 0
    const endless = new WorkSlice(Number.POSITIVE_INFINITY)
    const pause = endless.pause.bind(endless)
    endless.pause = () => {
      pulls++
      return pause()
    }
    const whole = await chunksOf(slicedListJson({ record_count: 5_000 }, 'actions', rows, endless))
    expect(whole.join('')).toBe(expected)
    expect(pulls).toBe(0)
    // Both cut the rows into the same parts of about 96 kB.
    expect(whole).toEqual(spent)
  })

  it('sizes each part of large rows to about 96 kB', async () => {
    const rows = Array.from({ length: 1_500 }, (_, i) => ({ id: i, text: 'x'.repeat(1_000 + (i % 7) * 50) }))
    const chunks = await chunksOf(slicedListJson({ record_count: 1_500 }, 'tickets', rows))
    expect(chunks.join('')).toBe(JSON.stringify({ record_count: 1_500, tickets: rows }))
    const parts = chunks.slice(2, -2)
    expect(parts.length).toBeGreaterThan(5)
    for (const part of parts) {
      expect(part.length).toBeGreaterThan(80_000)
      expect(part.length).toBeLessThan(112_000)
    }
  })

  it('keeps the head fields in order, and text that is not ASCII, whole in each chunk', async () => {
    const rows = Array.from({ length: 130 }, (_, i) => ({
      id: i,
      who: i % 3 ? 'Zoë Ångström — ✓' : 'plain',
      e: '😀',
    }))
    const head = { page_no: 2, page_size: 130, record_count: 999 }
    const chunks = await chunksOf(slicedListJson(head, 'tickets', rows))
    expect(chunks.join('')).toBe(JSON.stringify({ ...head, tickets: rows }))
    expect(chunks.join('')).not.toContain('\ufffd')
    const none = await chunksOf(slicedListJson({ gone: undefined }, 'tickets', rows))
    expect(none.join('')).toBe(JSON.stringify({ tickets: rows }))
  })

  it('GET /Actions across every ticket answers the same records, sliced', async () => {
    const mock = createHaloMock({ ticketCount: 2_000 })
    const response = await mock.handle(
      new Request('https://halo.example.test/api/Actions?startdate=1900-01-01T00:00:00Z', {
        headers: { authorization: `Bearer ${mock.issueToken()}` },
      }),
    )
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const chunks = await chunksOf(response)
    const answer = JSON.parse(chunks.join('')) as {
      record_count: number
      actions: { ticket_id: number; id: number }[]
    }
    const expected = mock.state.tickets.ids().flatMap((id) => mock.state.actions.list(id))
    expect(answer.record_count).toBe(expected.length)
    expect(answer.actions).toEqual(JSON.parse(JSON.stringify(expected)))
    expect(expected.length).toBeGreaterThan(2_000)
    expect(chunks.length).toBeGreaterThan(2)
  })
})
