import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import {
  createHaloCore,
  extractRecords,
  type HaloError,
  isHaloTimeoutError,
  isHaloUnexpectedResponseError,
  type RecordBatchText,
  streamRecords,
  streamRecordTexts,
} from '../../src/index.js'
import { parseAnswerJson } from '../../src/list/parse-answer-json.js'
import { CANARY_SECRET, stubCore, stubHalo } from '../hostile/support/stub-halo.js'
import { API, AUTH, BASE, server, tokenEndpoint, useHaloServer } from '../support/halo-server.js'

const encoder = new TextEncoder()

/** A body delivering `text` in chunks of the given sizes (cycled). */
function bodyOf(text: string, sizes: readonly number[] = [text.length + 1]): ReadableStream<Uint8Array> {
  const bytes = encoder.encode(text)
  let at = 0
  let turn = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close()
        return
      }
      const size = Math.max(1, sizes[turn++ % sizes.length] as number)
      controller.enqueue(bytes.slice(at, at + size))
      at += size
    },
  })
}

/** A body delivering `text` in chunks of `size` bytes that tells how far it was read and whether it was cancelled. */
function watchedBodyOf(text: string, size: number) {
  const bytes = encoder.encode(text)
  const seen = { sent: 0, cancelled: false, length: bytes.length }
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(bytes.slice(seen.sent, seen.sent + size))
      seen.sent += size
      if (seen.sent >= bytes.length) controller.close()
    },
    cancel() {
      seen.cancelled = true
    },
  })
  return { body, seen }
}

async function batchesOf(
  body: ReadableStream<Uint8Array> | null | undefined,
  listKey: string,
  batchBytes?: number,
): Promise<unknown[][]> {
  const batches: unknown[][] = []
  for await (const batch of streamRecords(body, listKey, { batchBytes })) batches.push(batch)
  return batches
}

/** Records whose strings hold everything the scanner must not mistake for structure. */
function trickyRecords(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    ticket_id: 1000 + i,
    id: i + 1,
    note: `line "${i}" \\ with \\"quotes\\", brackets ]}[{ and commas,,`,
    note_html: `<p>Grüße ${'€'.repeat(i % 4)} 😀 ${'\\'.repeat(i % 3)}</p>`,
    actions: [{ nested: 'actions' }, [i, { '"],"actions":[': true }]],
    empty: '',
    flag: i % 2 === 0,
    nothing: null,
    amount: -(i + 1) * 1.5e-3,
  }))
}

describe('streamRecords', () => {
  const records = trickyRecords(40)
  const envelope = JSON.stringify({ record_count: 40, actions: records, page_no: 1 })

  it.each([
    ['one chunk', [envelope.length + 1]],
    ['1-byte chunks', [1]],
    ['uneven chunks', [7, 1, 64, 3, 500, 2]],
  ])('yields every record in order from %s, in batches cut between records', async (_name, sizes) => {
    for (const batchBytes of [1, 200, 1_000_000]) {
      const batches = await batchesOf(bodyOf(envelope, sizes), 'actions', batchBytes)
      expect(batches.flat()).toEqual(records)
      expect(batches.every((batch) => batch.length > 0)).toBe(true)
      if (batchBytes === 1) expect(batches).toHaveLength(records.length)
      if (batchBytes === 1_000_000) expect(batches).toHaveLength(1)
    }
  })

  it('agrees with extractRecords on envelope shapes', async () => {
    const shapes = [
      JSON.stringify(records), // a bare array
      JSON.stringify({ actions: records, record_count: 40 }), // the count after the list
      JSON.stringify({ other: [{ id: 1 }], actions: records }), // another array first
      ` \n ${JSON.stringify({ record_count: 0 })} `, // an empty page without its array
      JSON.stringify({ record_count: 2, tickets: [{ id: 1 }, { id: 2 }] }), // a known envelope key
      JSON.stringify({ id: 7, summary: 'one record where a list was due' }),
      JSON.stringify({ actions: null, record_count: 0 }),
      '[]',
      '',
      'null',
    ]
    for (const shape of shapes) {
      const expected = shape.trim() === '' ? [] : extractRecords(JSON.parse(shape), 'actions').records
      for (const sizes of [[shape.length + 1], [3]]) {
        const batches = await batchesOf(bodyOf(shape, sizes), 'actions', 100)
        expect(batches.flat()).toEqual(expected)
      }
    }
  })

  it('streams only the top-level list, not an array of that name inside a record', async () => {
    const body = JSON.stringify({ record_count: 1, tickets: [{ id: 1, actions: [{ id: 9 }] }] })
    // No top-level "actions": the answer is read whole, as extractRecords reads it (its known key).
    expect((await batchesOf(bodyOf(body, [2]), 'actions')).flat()).toEqual([{ id: 1, actions: [{ id: 9 }] }])
    expect((await batchesOf(bodyOf(body, [2]), 'tickets')).flat()).toEqual([{ id: 1, actions: [{ id: 9 }] }])
  })

  it('reads a member name written with escapes or cut between chunks', async () => {
    const body = '{"record_count":2,"act\\u0069ons":[{"id":1},{"id":2}]}'
    for (const size of [1, 2, 5, 100]) {
      expect((await batchesOf(bodyOf(body, [size]), 'actions', 1)).flat()).toEqual([{ id: 1 }, { id: 2 }])
    }
  })

  it('answers nothing for a missing body', async () => {
    expect(await batchesOf(null, 'actions')).toEqual([])
    expect(await batchesOf(undefined, 'actions')).toEqual([])
  })

  it('throws a TypeError for a body cut short, after the batches before the cut', async () => {
    const cut = envelope.slice(0, Math.floor(envelope.length * 0.75))
    const seen: unknown[] = []
    const reading = (async () => {
      for await (const batch of streamRecords(bodyOf(cut, [50]), 'actions', { batchBytes: 100 }))
        seen.push(...batch)
    })()
    await expect(reading).rejects.toThrow(/ended in the middle of its JSON/)
    expect(seen.length).toBeGreaterThan(0)
    expect(seen).toEqual(records.slice(0, seen.length))
  })

  it('throws a TypeError for a body that is not JSON', async () => {
    await expect(batchesOf(bodyOf('{"actions":[{"id":1},{"id":}]}'), 'actions')).rejects.toThrow(
      /a part of the list answer is not valid JSON/,
    )
    await expect(batchesOf(bodyOf('{"actions":[{"id":1}]} trailing'), 'actions')).rejects.toThrow(
      /the list answer is not valid JSON/,
    )
    await expect(batchesOf(bodyOf('<?xml version="1.0"?><actions/>'), 'actions')).rejects.toThrow(TypeError)
  })

  it('refuses an HTML page where the list was due, told by its first bytes, and stops its download', async () => {
    const page = `\n  <!DOCTYPE html><html><head><title>Sign in</title></head><body>${'x'.repeat(5_000)}</body></html>`
    // The start arrives a few bytes at a time: the check reads on until it can tell.
    const { body, seen } = watchedBodyOf(page, 3)
    const error = await batchesOf(body, 'actions').then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toMatch(/^The answer is an HTML page, not JSON — check baseUrl/)
    expect(seen.cancelled).toBe(true)
    expect(seen.sent).toBeLessThan(100)
  })

  it('reads a list whose JSON follows a long run of whitespace', async () => {
    const batches = await batchesOf(bodyOf(`${' \n'.repeat(100)}${envelope}`, [1, 2]), 'actions', 200)
    expect(batches.flat()).toEqual(records)
  })

  it('cancels the body when the loop is left early', async () => {
    const { body, seen } = watchedBodyOf(envelope, 64)
    for await (const batch of streamRecords(body, 'actions', { batchBytes: 100 })) {
      expect(batch.length).toBeGreaterThan(0)
      break
    }
    expect(seen.cancelled).toBe(true)
    expect(seen.sent).toBeLessThan(seen.length)
  })

  it('refuses a batch size that is not positive', async () => {
    await expect(batchesOf(bodyOf('[]'), 'actions', 0)).rejects.toThrow(/batchBytes must be > 0/)
  })
})

describe('parseAnswerJson', () => {
  it('parses a part of an answer, and names what did not parse', () => {
    expect(parseAnswerJson('[{"id":1}]', 'a batch')).toEqual([{ id: 1 }])
    expect(() => parseAnswerJson('[{"id":1},{"id"', 'a batch of tickets')).toThrow(TypeError)
    expect(() => parseAnswerJson('[{"id":1},{"id"', 'a batch of tickets')).toThrow(
      /^a batch of tickets is not valid JSON \(.+\); the answer may have been cut$/,
    )
  })
})

describe('streamRecordTexts', () => {
  /** Every batch, and what the generator returned. */
  async function textsOf(body: ReadableStream<Uint8Array>, batchBytes: number) {
    const batches: RecordBatchText[] = []
    const reading = streamRecordTexts(body, 'actions', { batchBytes })
    for (;;) {
      const next = await reading.next()
      if (next.done === true) return { batches, summary: next.value }
      batches.push(next.value)
    }
  }

  it('yields each batch as a JSON array text with its count, and returns record_count wherever it stood', async () => {
    const records = trickyRecords(25)
    for (const body of [
      JSON.stringify({ record_count: 25, actions: records }),
      JSON.stringify({ actions: records, record_count: 25 }),
    ]) {
      const { batches, summary } = await textsOf(bodyOf(body, [9, 70]), 300)
      expect(summary).toEqual({ recordCount: 25 })
      expect(batches.length).toBeGreaterThan(1)
      for (const batch of batches) expect(JSON.parse(batch.json)).toHaveLength(batch.count)
      expect(batches.flatMap((batch) => JSON.parse(batch.json) as unknown[])).toEqual(records)
    }
  })

  it('tells record_count as soon as it is read: before the first batch when it comes first, else at the end, once', async () => {
    const records = trickyRecords(25)
    const heard = async (text: string, sizes?: readonly number[]) => {
      const events: string[] = []
      const reading = streamRecordTexts(bodyOf(text, sizes), 'actions', {
        batchBytes: 300,
        onRecordCount: (count) => events.push(`count ${count}`),
      })
      for await (const batch of reading) events.push(`batch of ${batch.count}`)
      return events
    }
    // Halo's order (the count first), cut into small chunks: the count before any record.
    const first = await heard(JSON.stringify({ page_no: 1, record_count: 25, actions: records }), [5, 11])
    expect(first[0]).toBe('count 25')
    expect(first.filter((event) => event.startsWith('count'))).toEqual(['count 25'])
    expect(first.length).toBeGreaterThan(2)
    // The count after the records: told once the body has ended, before the last batches.
    const last = await heard(JSON.stringify({ actions: records, record_count: '25' }), [9, 70])
    expect(last.filter((event) => event.startsWith('count'))).toEqual(['count 25'])
    expect(last.indexOf('count 25')).toBeGreaterThan(0)
    // No count, or one that is not a count: not told.
    expect(await heard(JSON.stringify({ actions: records.slice(0, 2) }))).toEqual(['batch of 2'])
    expect(await heard(JSON.stringify({ record_count: -1, actions: [] }))).toEqual([])
    expect(await heard(JSON.stringify(records.slice(0, 2)))).toEqual(['batch of 2'])
  })

  it('counts no record in an empty list, and gives an answer without the list as extractRecords reads it', async () => {
    expect(await textsOf(bodyOf('{"record_count":0,"actions":[ ]}'), 10)).toEqual({
      batches: [],
      summary: { recordCount: 0 },
    })
    const single = { id: 3, summary: 'one record' }
    expect(await textsOf(bodyOf(JSON.stringify(single)), 10)).toEqual({
      batches: [{ json: JSON.stringify([single]), count: 1 }],
      summary: { recordCount: undefined },
    })
  })
})

describe('streamRecords through the core', () => {
  it("fails an answer that stalls mid-body once a read waits the call's timeoutMs, after the batches before it, and cancels it", async () => {
    vi.useFakeTimers()
    try {
      let cancelled = false
      const stub = stubHalo(() => {
        let sent = false
        const body = new ReadableStream<Uint8Array>({
          // One chunk with two whole records, then nothing more: the connection stalled.
          pull(controller) {
            if (!sent) controller.enqueue(encoder.encode('{"actions":[{"id":1},{"id":2},{"id":3'))
            sent = true
            return new Promise<void>(() => {})
          },
          cancel() {
            cancelled = true
          },
        })
        return new Response(body, { headers: { 'content-type': 'application/json' } })
      })
      const core = stubCore(stub, { timeoutMs: 30_000 })
      const body = await core.get<ReadableStream<Uint8Array>>('/Actions', { responseType: 'stream' })
      const seen: unknown[] = []
      const reading = (async () => {
        for await (const batch of streamRecords(body, 'actions', { batchBytes: 1 })) seen.push(...batch)
      })()
      reading.catch(() => {})
      await vi.advanceTimersByTimeAsync(29_999)
      expect(cancelled).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      const error = await reading.then(
        () => undefined,
        (thrown: unknown) => thrown,
      )
      expect(isHaloTimeoutError(error)).toBe(true)
      expect((error as Error).message).toContain('GET /api/Actions stalled mid-body')
      expect(seen).toEqual([{ id: 1 }, { id: 2 }])
      expect(cancelled).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('names the call and its status when a streamed answer is an HTML page', async () => {
    const stub = stubHalo(
      () =>
        new Response(`<html><body>Sign in ${CANARY_SECRET}</body></html>`, {
          // Labelled JSON: only the first bytes tell.
          headers: { 'content-type': 'application/json' },
        }),
    )
    const core = stubCore(stub)
    const body = await core.get<ReadableStream<Uint8Array>>('/Actions', {
      query: { startdate: '2026-01-01T00:00:00Z' },
      responseType: 'stream',
    })
    const error = await batchesOf(body, 'actions').then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    const halo = error as HaloError
    expect(halo.message).toMatch(
      /^Halo returned an HTML page \(status 200\) — check baseUrl.*\(GET \/api\/Actions\)\.$/,
    )
    expect(halo).toMatchObject({
      status: 200,
      method: 'GET',
      body: expect.stringMatching(/^<html><body>Sign in /),
    })
    // The page's start is kept as the error's body, with any secret in it redacted.
    expect(JSON.stringify({ ...halo.toJSON(), body: halo.body })).not.toContain(CANARY_SECRET)
    expect(halo.url).toMatch(/\/api\/Actions\b/)
    expect(halo.requestId).toMatch(/^req_/)
  })

  useHaloServer()

  // The README's example (Lists): every action in one answer, larger than maxResponseBytes.
  it('reads a streamed raw answer larger than maxResponseBytes, as the README shows', async () => {
    tokenEndpoint()
    const actions = trickyRecords(3_000)
    server.use(
      http.get(`${API}/Actions`, ({ request }) => {
        const query = new URL(request.url).searchParams
        expect(query.get('startdate')).toBe('2026-01-01T00:00:00Z')
        return HttpResponse.json({ record_count: actions.length, actions })
      }),
    )
    const core = createHaloCore({
      baseUrl: BASE,
      authUrl: AUTH,
      clientId: 'id',
      clientSecret: 'secret',
      maxResponseBytes: 64 * 1024,
    })
    let saved = 0
    let batches = 0

    const body = await core.get<ReadableStream<Uint8Array>>('/Actions', {
      query: { startdate: '2026-01-01T00:00:00Z', enddate: '2026-12-31T00:00:00Z' },
      responseType: 'stream',
    })
    for await (const actions of streamRecords(body, 'actions')) {
      saved += actions.length
      batches++
    }

    expect(saved).toBe(actions.length)
    expect(batches).toBeGreaterThan(1)
  })
})
