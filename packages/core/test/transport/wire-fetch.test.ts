import { describe, expect, it } from 'vitest'
import { createWireFetch } from '../../src/transport/wire-fetch.js'

interface Seen {
  readonly url: string
  readonly init: RequestInit & { duplex?: string }
}

function recordingFetch(answer: () => Response | Promise<Response>) {
  const seen: Seen[] = []
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({ url: String(input), init: init ?? {} })
    return answer()
  }) as typeof globalThis.fetch
  return { seen, fetch: () => fetch }
}

const signal = new AbortController().signal
const url = 'https://acme.halopsa.com/api/Tickets'

describe('createWireFetch (ofetch in the request path)', () => {
  it('encodes a JSON body and hands fetch a Headers', async () => {
    const recorded = recordingFetch(() => new Response(null, { status: 201 }))
    const body = [{ summary: 'Printer on fire', tags: ['a', 'b'] }]
    await createWireFetch(recorded.fetch)({
      url,
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body,
      signal,
    })
    const [{ init }] = recorded.seen as [Seen]
    expect(init.body).toBe(JSON.stringify(body))
    expect(init.headers).toBeInstanceOf(Headers)
    expect((init.headers as Headers).get('content-type')).toBe('application/json')
    expect(init.signal).toBe(signal)
  })

  it('marks a streamed upload duplex: half', async () => {
    const recorded = recordingFetch(() => new Response(null, { status: 204 }))
    const stream = new ReadableStream<Uint8Array>({ start: (controller) => controller.close() })
    await createWireFetch(recorded.fetch)({ url, method: 'POST', headers: {}, body: stream, signal })
    expect(recorded.seen[0]?.init.duplex).toBe('half')
  })

  it('leaves retries, redirects, error statuses and the body to the transport', async () => {
    for (const status of [302, 429, 500]) {
      const recorded = recordingFetch(
        () => new Response('{"error":"x"}', { status, headers: { location: 'https://elsewhere.example/' } }),
      )
      const response = await createWireFetch(recorded.fetch)({
        url,
        method: 'GET',
        headers: {},
        body: undefined,
        signal,
      })
      expect(response.status).toBe(status)
      // Not read: the transport reads it under the attempt's deadline and the size cap.
      expect(response.bodyUsed).toBe(false)
      expect(recorded.seen).toHaveLength(1)
      expect(recorded.seen[0]?.init.redirect).toBe('manual')
    }
  })

  it('rethrows what fetch threw, not a FetchError whose message holds the URL', async () => {
    const failure = new TypeError('fetch failed', {
      cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
    })
    const fetch = (async () => {
      throw failure
    }) as typeof globalThis.fetch
    const error = await createWireFetch(() => fetch)({
      url: `${url}?secret=s3cr3t`,
      method: 'GET',
      headers: {},
      body: undefined,
      signal,
    }).catch((caught: unknown) => caught)
    expect(error).toBe(failure)
  })

  it('looks fetch up at each call', async () => {
    let current = recordingFetch(() => new Response('1'))
    const wire = createWireFetch(() => current.fetch())
    await wire({ url, method: 'GET', headers: {}, body: undefined, signal })
    const first = current
    current = recordingFetch(() => new Response('2'))
    await wire({ url, method: 'GET', headers: {}, body: undefined, signal })
    expect(first.seen).toHaveLength(1)
    expect(current.seen).toHaveLength(1)
  })
})
