// What the response cache stores is what the transport read: the same body, under the same
// maxResponseBytes cap and attempt deadline as any other call. A body that is too large, too slow,
// not JSON, not valid JSON or not a 200 stores nothing; writes clear entries whatever their outcome;
// a store that fails never fails the call.
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  type CachedResponse,
  isHaloError,
  isHaloTimeoutError,
  isHaloUnexpectedResponseError,
  MemoryResponseCacheStore,
  type ResponseCacheStore,
} from '../../src/index.js'
import { type Handler, settleWithin, stubCore, stubHalo } from '../hostile/support/stub-halo.js'

const CHUNK = new Uint8Array(64 * 1024).fill(0x20)

/** An endless body of spaces, counting the chunks pulled from it. */
function endlessBody(): { readonly stream: ReadableStream<Uint8Array>; readonly pulled: () => number } {
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1
      controller.enqueue(CHUNK)
    },
  })
  return { stream, pulled: () => pulled }
}

/** A memory store that counts its writes and keeps what was written. */
function countingStore() {
  const memory = new MemoryResponseCacheStore()
  const written: CachedResponse[] = []
  const counts = { get: 0, set: 0, deletePrefix: 0 }
  const store: ResponseCacheStore = {
    get: (key) => {
      counts.get++
      return memory.get(key)
    },
    set: (key, value, ttlMs) => {
      counts.set++
      written.push(value)
      return memory.set(key, value, ttlMs)
    },
    deletePrefix: (prefix) => {
      counts.deletePrefix++
      return memory.deletePrefix(prefix)
    },
  }
  return { store, counts, written }
}

const paths = (requests: readonly { readonly method: string; readonly url: string }[]) =>
  requests.map((request) => `${request.method} ${new URL(request.url).pathname}`)

describe('response cache: what is stored is what the transport read', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('an endless body on a cached collection ends as on an uncached one, and stores nothing', async () => {
    const bodies: ReturnType<typeof endlessBody>[] = []
    const stub = stubHalo(() => {
      const body = endlessBody()
      bodies.push(body)
      return new Response(body.stream, { headers: { 'content-type': 'application/json' } })
    })
    const { store, counts } = countingStore()
    const core = stubCore(stub, { retry: false, maxResponseBytes: 256 * 1024, cache: { store } })
    const cached = await core.get('/Status').catch((caught: unknown) => caught)
    const uncached = await core.get('/Tickets').catch((caught: unknown) => caught)
    for (const error of [cached, uncached]) {
      expect(isHaloUnexpectedResponseError(error)).toBe(true)
      expect((error as Error).message).toMatch(/larger than maxResponseBytes \(262144 bytes\)/)
    }
    expect((cached as Error).message.replace('/Status', '/Tickets')).toBe((uncached as Error).message)
    // Both read to just past the cap, once: the cache never read a body of its own.
    for (const body of bodies)
      expect(body.pulled() * CHUNK.byteLength).toBeLessThanOrEqual(256 * 1024 + 2 * CHUNK.byteLength)
    expect(counts.set).toBe(0)
    // Nothing was stored: the same GET goes to Halo again.
    await core.get('/Status').catch(() => undefined)
    expect(paths(stub.requests)).toEqual(['GET /api/Status', 'GET /api/Tickets', 'GET /api/Status'])
  })

  it('a body trickling past the attempt timeout times out there and stores nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 1_000_000 })
    const encoder = new TextEncoder()
    // A valid JSON list, one piece a second: whole after 10 s, well past the 2 s attempt timeout.
    const pieces = ['[', ...Array.from({ length: 8 }, (_, index) => `${index},`), '8]']
    const trickle: Handler = () => {
      let sent = 0
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent > 0) await new Promise((resolve) => setTimeout(resolve, 1000))
          const piece = pieces[sent++]
          if (piece === undefined) controller.close()
          else controller.enqueue(encoder.encode(piece))
        },
      })
      return new Response(stream, { headers: { 'content-type': 'application/json' } })
    }
    const stub = stubHalo(trickle)
    const { store, counts } = countingStore()
    const core = stubCore(stub, { retry: false, timeoutMs: 2000, cache: { store } })
    const started = Date.now()
    const outcome = await settleWithin(core.get('/Status'), 60_000)
    expect(isHaloTimeoutError(outcome.error)).toBe(true)
    expect(Date.now() - started).toBeLessThan(5000)
    // Let the rest of the body's time pass: nothing reads it, nothing is stored.
    await vi.advanceTimersByTimeAsync(20_000)
    expect(counts.set).toBe(0)
    expect(await store.get('anything')).toBeUndefined()
  })

  it('a 200 that is not JSON, not valid JSON or an HTML page, and an error status, store nothing', async () => {
    const answers: Record<string, () => Response> = {
      '/api/Status': () => new Response('All good', { headers: { 'content-type': 'text/plain' } }),
      '/api/Priority': () => new Response('[1,2', { headers: { 'content-type': 'application/json' } }),
      '/api/Team': () =>
        new Response('<html><body>Sign in</body></html>', {
          headers: { 'content-type': 'application/json' },
        }),
      '/api/Agent': () => Response.json({ error: 'not found' }, { status: 404 }),
      '/api/Category': () => Response.json({ error: 'boom' }, { status: 500 }),
      '/api/Lookup': () => Response.json({ moved: true }, { status: 203 }),
    }
    const stub = stubHalo(
      (request) => answers[new URL(request.url).pathname]?.() ?? new Response(null, { status: 500 }),
    )
    const { store, counts } = countingStore()
    const core = stubCore(stub, { retry: false, cache: { store } })
    for (let round = 0; round < 2; round++) {
      expect(await core.get('/Status')).toBe('All good')
      expect(await core.get('/Lookup')).toEqual({ moved: true })
      for (const path of ['/Priority', '/Team', '/Agent', '/Category']) {
        const error = await core.get(path).catch((caught: unknown) => caught)
        expect(isHaloError(error)).toBe(true)
      }
    }
    expect(counts.set).toBe(0)
    // Every call went to Halo, the second round too.
    expect(stub.requests).toHaveLength(12)
  })

  it('stores the very text the call read (split mid-character across chunks) and answers it back', async () => {
    const text = JSON.stringify([{ id: 1, name: 'Café ☕ 終了' }])
    const bytes = new TextEncoder().encode(text)
    const stub = stubHalo(() => {
      // One byte per chunk: every multi-byte character arrives in pieces.
      let offset = 0
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (offset === bytes.byteLength) controller.close()
          else controller.enqueue(bytes.slice(offset, ++offset))
        },
      })
      return new Response(stream, { headers: { 'content-type': 'application/json; charset=utf-8' } })
    })
    const { store, written } = countingStore()
    const core = stubCore(stub, { retry: false, cache: { store } })
    expect(await core.get('/Status')).toEqual([{ id: 1, name: 'Café ☕ 終了' }])
    expect(written.map((entry) => entry.body)).toEqual([text])
    expect(written[0]?.status).toBe(200)
    // Answered from the store, as data, as the text itself and as a stream of it.
    expect(await core.get('/Status')).toEqual([{ id: 1, name: 'Café ☕ 終了' }])
    expect(await core.get<string>('/Status', { responseType: 'text' })).toBe(text)
    const stream = await core.get<ReadableStream<Uint8Array>>('/Status', { responseType: 'stream' })
    expect(await new Response(stream).text()).toBe(text)
    expect(stub.requests).toHaveLength(1)
  })

  it('decodes a body once to parse and keep it; a hit parses the kept text, encoding and decoding nothing', async () => {
    const records = [{ id: 1, name: 'Café ☕ 終了' }]
    const text = JSON.stringify(records)
    const bytes = new TextEncoder().encode(text)
    const stub = stubHalo(
      () => new Response(bytes.slice(), { headers: { 'content-type': 'application/json' } }),
    )
    const { store, written } = countingStore()
    const core = stubCore(stub, { retry: false, cache: { store } })
    // Not a cached collection: the token is fetched here, so only the cached calls are counted below.
    await core.get('/Tickets')
    const decode = vi.spyOn(TextDecoder.prototype, 'decode')
    const encode = vi.spyOn(TextEncoder.prototype, 'encode')
    expect(await core.get('/Status')).toEqual(records)
    expect(written.map((entry) => entry.body)).toEqual([text])
    // One decoding served both the parse and the store.
    expect(decode.mock.results.filter((result) => result.value === text)).toHaveLength(1)
    expect(encode).not.toHaveBeenCalled()
    decode.mockClear()
    expect(await core.get('/Status')).toEqual(records)
    expect(await core.get<string>('/Status', { responseType: 'text' })).toBe(text)
    expect(decode).not.toHaveBeenCalled()
    expect(encode).not.toHaveBeenCalled()
    // Bytes are made from the kept text only when asked for, and are the bytes Halo sent.
    expect(await core.get('/Status', { responseType: 'bytes' })).toEqual(bytes)
    expect(stub.requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/api/Tickets',
      '/api/Status',
    ])
  })

  it('a write clears the collection whatever Halo answered, a failure or no answer at all', async () => {
    let failWrites: 'status' | 'network' = 'status'
    const stub = stubHalo((request) => {
      if (request.method === 'GET') return Response.json({ call: stub.requests.length })
      if (failWrites === 'network') throw new TypeError('fetch failed')
      return Response.json({ error: 'boom' }, { status: 500 })
    })
    const core = stubCore(stub, { retry: false, cache: {} })
    expect(await core.get('/Status')).toEqual({ call: 1 })
    expect(isHaloError(await core.post('/Status', []).catch((caught: unknown) => caught))).toBe(true)
    expect(await core.get('/Status')).toEqual({ call: 3 })
    failWrites = 'network'
    expect(isHaloError(await core.delete('/Status/1').catch((caught: unknown) => caught))).toBe(true)
    expect(await core.get('/Status')).toEqual({ call: 5 })
    expect(await core.get('/Status')).toEqual({ call: 5 })
  })

  it('a store that fails costs an entry, never the answer or the write', async () => {
    const warnings: string[] = []
    const broken: ResponseCacheStore = {
      get: async () => {
        throw new Error('store down')
      },
      set: async () => {
        throw new Error('store down')
      },
      deletePrefix: async () => {
        throw new Error('store down')
      },
    }
    const stub = stubHalo((request) => Response.json({ method: request.method }))
    const core = stubCore(stub, {
      retry: false,
      cache: { store: broken },
      logger: { warn: (message) => warnings.push(message) },
    })
    expect(await core.get('/Status')).toEqual({ method: 'GET' })
    expect(await core.post('/Status', [])).toEqual({ method: 'POST' })
    // Each reached Halo once: neither was retried or reported failed because of the store.
    expect(paths(stub.requests)).toEqual(['GET /api/Status', 'POST /api/Status'])
    expect(warnings).toEqual([
      expect.stringMatching(/could not be read for GET .*\/api\/Status; asking Halo/),
      expect.stringMatching(/could not store the answer to GET .*\/api\/Status/),
      expect.stringMatching(/could not clear what POST .*\/api\/Status changed/),
    ])
  })
})
