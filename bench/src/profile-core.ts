// Profiling harness (not a benchmark): loops one generated operation over a stub fetch so the
// profile shows only the client's hot path.
//
//   node --cpu-prof --import tsx bench/src/profile-core.ts [ticket|validate|page]
//
// `ticket` (the default) reads a small ticket; `validate` the same with strict validation; `page`
// reads a page of 100 tickets from the simulated Halo (about 130 kB), delivered in 16 kB chunks as a
// socket delivers it, which is where reading and parsing bodies dominates (a list, a sync mirror).
//
// Reading such a profile: V8 places a string of 128 KiB or more in its large-object space, and on
// the shared 2-core VM that made decoding 131,072 bytes cost 880 µs of CPU against 34 µs for
// 131,000 (Node 20). A page above that size pays it once for its text in any client (ofetch too),
// wherever the profile shows the string being made (`decode`, or the first read of joined pieces).
import { createHaloCore } from '@halo/core'
import { createHaloMock } from '@halo/mock'
import { getTicket } from '@halo/tickets'
import { schemas } from '@halo/tickets/schemas'

const mode = process.argv[2] ?? 'ticket'
const BASE = 'https://halo.example.test'
const CHUNK_BYTES = 16_384

async function pageBody(): Promise<Uint8Array> {
  const mock = createHaloMock({ baseUrl: BASE })
  const token = mock.issueToken()
  const url = `${BASE}/api/Tickets?pageinate=true&page_no=1&page_size=100`
  const response = await mock.handle(new Request(url, { headers: { authorization: `Bearer ${token}` } }))
  if (!response.ok) throw new Error(`mock answered ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

/** The body as a socket hands it over: one chunk per `CHUNK_BYTES`, each a view of its own. */
function chunkedStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (let start = 0; start < bytes.byteLength; start += CHUNK_BYTES)
        controller.enqueue(bytes.slice(start, start + CHUNK_BYTES))
      controller.close()
    },
  })
}

const headers = { 'content-type': 'application/json; charset=utf-8' }
const page = mode === 'page' ? await pageBody() : undefined
const ticket = new TextEncoder().encode(
  JSON.stringify({ id: 1001, summary: 'Outlook keeps asking for a password', client_id: 11, status_id: 1 }),
)
const stubFetch = (async () =>
  new Response(page === undefined ? ticket : chunkedStream(page), { status: 200, headers })) as typeof fetch

const validate = mode === 'validate'
const core = createHaloCore({
  baseUrl: BASE,
  auth: { type: 'provider', getToken: async () => ({ accessToken: 't', expiresAt: Date.now() + 3_600_000 }) },
  fetch: stubFetch,
  rateLimit: false,
  ...(validate ? { validate: 'strict' as const, schemas } : {}),
})
const call =
  page === undefined
    ? () => getTicket(core, { id: 1001 })
    : () => core.get('/Tickets', { query: { pageinate: true, page_no: 1, page_size: 100 } })
const iterations = Number(process.env.ITERATIONS ?? (page === undefined ? 50_000 : 3_000))
const started = performance.now()
for (let i = 0; i < iterations; i++) await call()
console.log(
  `${mode}: ${iterations} calls, ${(((performance.now() - started) / iterations) * 1000).toFixed(1)} µs each`,
)
