// Requests a realistic job sends to Halo with and without the response cache, counted on the simulated
// Halo's request log: import 500 tickets, each checked against its ticket type's fields (mandatory
// fields, category and lookup values) and given a status and team looked up by name, then created.
// Both runs go through the same client code in this process, one after the other, on fresh mocks.
import { HaloClient, type HaloClientOptions } from '@halo/client'
import { mockCredentials, seed, startHaloMock } from '@halo/mock'
import type { CacheRun, CacheSavingsResult } from './cache-savings-section.js'
import { emitResult } from './shared.js'

const TICKETS = Number(process.env.BENCH_CACHE_TICKETS ?? 500)

async function importTickets(cache: HaloClientOptions['cache']): Promise<CacheRun> {
  const running = await startHaloMock({ port: 0 })
  try {
    const halo = new HaloClient({
      baseUrl: running.url,
      ...mockCredentials,
      rateLimit: false,
      ...(cache === undefined ? {} : { cache }),
    })
    const started = performance.now()
    for (let row = 0; row < TICKETS; row += 1) {
      // What an import script does per CSV row: read the type (with its fields), check the draft,
      // resolve names, post.
      const ticketType = await halo.ticketTypes.get(seed.ticketTypeId, { includedetails: true })
      const draft = {
        tickettype_id: seed.ticketTypeId,
        client_id: seed.clientId,
        summary: `Imported ticket ${row}`,
        details: 'From the legacy tracker',
        category_1: 'Hardware',
      }
      const missing = await ticketType.validateDraft(draft)
      const statusId = await halo.statuses.idOf('New')
      const teamId = await halo.teams.idOf('1st Line Support')
      await halo.tickets.create({ ...draft, status_id: statusId, team_id: teamId, ...fillIn(missing) })
    }
    const seconds = (performance.now() - started) / 1000
    const api = running.mock.requests.filter(
      (request) => request.path.toLowerCase().startsWith('/api/') && !/\/authinfo$/i.test(request.path),
    )
    return {
      requests: api.length,
      gets: api.filter((request) => request.method === 'GET').length,
      seconds,
    }
  } finally {
    await running.close()
  }
}

// A mandatory field the draft lacks gets a placeholder, as an import would after asking the user.
function fillIn(missing: readonly { readonly name: string }[]): Record<string, string> {
  return Object.fromEntries(missing.map((field) => [field.name, 'n/a']))
}

const withoutCache = await importTickets(undefined)
const withCache = await importTickets({ ttlMs: 10 * 60_000 })
const result: CacheSavingsResult = { tickets: TICKETS, withoutCache, withCache }
emitResult(result)
