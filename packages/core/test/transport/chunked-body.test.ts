// A body arrives in chunks, as a socket hands it over. Wherever the chunks split it, even inside a
// character or inside bytes that are not UTF-8, the caller gets exactly what decoding the whole body
// in one piece gives: a guard for any change to how bodies are read (joined, or decoded as they come).
import { describe, expect, it } from 'vitest'
import { isHaloError } from '../../src/index.js'
import { stubCore, stubHalo } from '../hostile/support/stub-halo.js'

const encoder = new TextEncoder()

const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts))

/** `bytes` cut at `cuts` (offsets), each piece a chunk of the body stream. */
function chunkedAt(bytes: Uint8Array, cuts: readonly number[]): ReadableStream<Uint8Array> {
  const offsets = [0, ...cuts.filter((cut) => cut > 0 && cut < bytes.byteLength), bytes.byteLength]
  return new ReadableStream({
    start(controller) {
      for (let index = 1; index < offsets.length; index++)
        controller.enqueue(bytes.slice(offsets[index - 1], offsets[index]))
      controller.close()
    },
  })
}

function everyCut(length: number, size: number): number[] {
  const cuts: number[] = []
  for (let cut = size; cut < length; cut += size) cuts.push(cut)
  return cuts
}

/** A core whose every API answer is `bytes`, split at `cuts`. */
function coreAnswering(bytes: Uint8Array, cuts: readonly number[], status = 200) {
  const stub = stubHalo(
    () =>
      new Response(chunkedAt(bytes, cuts), {
        status,
        headers: { 'content-type': 'application/json; charset=utf-8' },
      }),
  )
  return stubCore(stub, { retry: false })
}

// Two-, three- and four-byte characters, a U+FEFF inside the text, Halo-style HTML and escapes.
const records = Array.from({ length: 40 }, (_, index) => ({
  id: index + 1,
  summary: `Café crème № ${index} — 漢字テスト 😀🚀`,
  details_html: '<p>Ünïcödé\u00a0text\ufeffwith a zero-width no-break space</p>',
  escaped: '\u003cb\u003e',
}))
const page = encoder.encode(JSON.stringify({ record_count: records.length, tickets: records }))

describe('a body read in chunks', () => {
  it('parses the same JSON whatever the chunk size, characters split across chunks included', async () => {
    const expected = JSON.parse(new TextDecoder().decode(page))
    for (const size of [1, 2, 3, 5, 7, 64, 1000, 16_384, page.byteLength]) {
      const core = coreAnswering(page, everyCut(page.byteLength, size))
      expect(await core.get('/Tickets'), `chunks of ${size} bytes`).toEqual(expected)
    }
  })

  it('gives text equal to a one-piece decoding, for bytes that are not UTF-8 too, at every cut', async () => {
    const body = concat(
      encoder.encode('ok é'),
      new Uint8Array([0x80, 0xbf]), // continuation bytes with no first byte
      encoder.encode('€'),
      new Uint8Array([0xe2, 0x82]), // a three-byte character cut short
      encoder.encode('a'),
      new Uint8Array([0xe0, 0x80, 0x80]), // an overlong encoding
      new Uint8Array([0xf0, 0x9f, 0x98]), // a four-byte character cut short
      new Uint8Array([0xf5, 0xff, 0xc0, 0xc1]), // bytes that never start a character
      encoder.encode('😀 end'),
      new Uint8Array([0xf0, 0x9f]), // cut short at the very end
    )
    const expected = new TextDecoder().decode(body)
    for (let first = 1; first < body.byteLength; first++) {
      for (const second of [first + 1, first + 2, first + 3, body.byteLength]) {
        const core = coreAnswering(body, [first, second])
        expect(await core.get('/Notes/1', { responseType: 'text' }), `cut at ${first}, ${second}`).toBe(
          expected,
        )
      }
    }
    expect(
      await coreAnswering(body, everyCut(body.byteLength, 1)).get('/Notes/1', { responseType: 'text' }),
    ).toBe(expected)
  })

  it('drops a byte order mark only at the start of the body, however the chunks split it', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf])
    const body = concat(bom, bom, encoder.encode('{"a":1}'))
    // A decoder drops the first BOM and keeps the second as U+FEFF, as one piece or in chunks.
    const expected = '\ufeff{"a":1}'
    expect(new TextDecoder().decode(body)).toBe(expected)
    for (const size of [1, 2, 3, 4, body.byteLength]) {
      const core = coreAnswering(body, everyCut(body.byteLength, size))
      expect(await core.get('/Notes/1', { responseType: 'text' }), `chunks of ${size} bytes`).toBe(expected)
    }
    const single = concat(bom, encoder.encode('{"a":1}'))
    for (const size of [1, 2, 3, 4]) {
      const core = coreAnswering(single, everyCut(single.byteLength, size))
      expect(await core.get('/Notes/1'), `chunks of ${size} bytes`).toEqual({ a: 1 })
    }
  })

  it('hands bytes back unchanged when bytes are asked for', async () => {
    const body = concat(page.subarray(0, 500), new Uint8Array([0xff, 0x00, 0xfe]), page.subarray(500, 900))
    for (const size of [1, 7, 256, body.byteLength]) {
      const core = coreAnswering(body, everyCut(body.byteLength, size))
      expect(await core.get('/Attachment/1', { responseType: 'bytes' })).toEqual(body)
    }
  })

  it("reads Halo's error body from chunks too", async () => {
    const body = encoder.encode(
      JSON.stringify({ ClassName: 'Exception', message: 'Ticket 7 est verrouillé ✋' }),
    )
    const core = coreAnswering(body, everyCut(body.byteLength, 3), 400)
    const error = await core.get('/Tickets/7').catch((caught: unknown) => caught)
    expect(isHaloError(error)).toBe(true)
    expect((error as Error).message).toContain('Ticket 7 est verrouillé ✋')
  })
})
