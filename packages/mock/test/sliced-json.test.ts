// Long list answers (a page of tickets, every action of every ticket) are served a part at a time:
// the same bytes as one JSON.stringify of the envelope, in several body chunks.
import { describe, expect, it } from 'vitest'
import { slicedListJson } from '../src/http/sliced-json.js'
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
      // The opening, a chunk per 50 rows and the closing; up to 50 rows in one chunk.
      expect(chunks.length).toBe(size <= 50 ? 1 : 2 + Math.ceil(size / 50))
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
