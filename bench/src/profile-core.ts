// Profiling harness (not a benchmark): `node --cpu-prof --import tsx bench/src/profile-core.ts [validate]`
// loops one generated operation over a stub fetch so the profile shows only the client's hot path.
import { createHaloCore } from '@halo/core'
import { getTicket } from '@halo/tickets'
import { schemas } from '@halo/tickets/schemas'

const validate = process.argv[2] === 'validate'
const body = JSON.stringify({
  id: 1001,
  summary: 'Outlook keeps asking for a password',
  client_id: 11,
  status_id: 1,
})
const stubFetch = (async () =>
  new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })) as typeof fetch
const core = createHaloCore({
  baseUrl: 'https://halo.example.test',
  auth: { type: 'provider', getToken: async () => ({ accessToken: 't', expiresAt: Date.now() + 3_600_000 }) },
  fetch: stubFetch,
  rateLimit: false,
  ...(validate ? { validate: 'strict' as const, schemas } : {}),
})
const iterations = Number(process.env.ITERATIONS ?? 50_000)
const started = performance.now()
for (let i = 0; i < iterations; i++) await getTicket(core, { id: 1001 })
console.log(
  `${iterations} calls, ${(((performance.now() - started) / iterations) * 1000).toFixed(1)} µs each`,
)
