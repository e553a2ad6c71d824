// Per-request overhead with a stub fetch: every client gets the same in-process fetch that answers
// a canned JSON ticket at once, so what is measured is the client's own cost (URL building,
// headers, limiter, token, body reading, JSON parsing, validation), not the network.

import { createHaloCore, type HaloCoreOptions } from '@halo/core'
import { createHaloMock, seed } from '@halo/mock'
import { getTicket } from '@halo/tickets'
import { schemas } from '@halo/tickets/schemas'
import { Octokit } from '@octokit/core'
import { createFetch } from 'ofetch'
import createClient from 'openapi-fetch'
import { emitResult, runInterleaved, type TaskFigures } from './shared.js'

const BASE = 'https://halo.example.test'
const API = `${BASE}/api`

/**
 * What the stub answers, from the simulated Halo as the wire carries it: `ticket` is ticket 1001
 * with details (a few kB, where the client's own cost shows most); `page` is a page of 100 tickets
 * (where parsing dominates, as in a list).
 */
export type StubBody = 'ticket' | 'page'

async function cannedBody(kind: StubBody): Promise<string> {
  const mock = createHaloMock({ baseUrl: BASE })
  const token = mock.issueToken()
  const url =
    kind === 'ticket'
      ? `${API}/Tickets/${seed.ticketId}?includedetails=true`
      : `${API}/Tickets?pageinate=true&page_no=1&page_size=100`
  const response = await mock.handle(new Request(url, { headers: { authorization: `Bearer ${token}` } }))
  if (!response.ok) throw new Error(`mock answered ${response.status}`)
  return response.text()
}

/** The peer the CI gate measures @halo/core against: ofetch on the same stub fetch, same request. */
export const OFETCH_ALONE = 'ofetch alone (same stub fetch)'

export interface StubFetchBenchOptions {
  /** Also measure openapi-fetch, Octokit and validation (the CI gate leaves them out). */
  readonly peers?: boolean
}

export async function runStubFetchBench(
  kind: StubBody,
  { peers = true }: StubFetchBenchOptions = {},
): Promise<{
  readonly body: StubBody
  readonly bodyBytes: number
  readonly tasks: TaskFigures[]
}> {
  const body = await cannedBody(kind)
  const responseHeaders = { 'content-type': 'application/json; charset=utf-8' }
  // A fresh Response per call: a body can be read once. Every client pays this same cost.
  const stubFetch = (async (_input: RequestInfo | URL, _init?: RequestInit) =>
    new Response(body, { status: 200, headers: responseHeaders })) as typeof fetch

  const ticketUrl = `${API}/Tickets/${seed.ticketId}`

  const $fetch = createFetch({ fetch: stubFetch })

  interface TicketPaths {
    '/Tickets/{id}': {
      get: {
        parameters: { path: { id: number } }
        responses: { 200: { content: { 'application/json': Record<string, unknown> } } }
      }
    }
  }
  const openapi = createClient<TicketPaths>({ baseUrl: API, fetch: stubFetch })

  const octokit = new Octokit({ baseUrl: API, request: { fetch: stubFetch } })

  const provider: HaloCoreOptions['auth'] = {
    type: 'provider',
    getToken: async () => ({ accessToken: 'bench-token', expiresAt: Date.now() + 3_600_000 }),
  }
  const common = { baseUrl: BASE, auth: provider, fetch: stubFetch } as const
  const coreNoLimit = createHaloCore({ ...common, rateLimit: false })
  // A budget the bench never exhausts, so the limiter's bookkeeping is measured, not its waiting.
  const coreLimited = createHaloCore({ ...common, rateLimit: { requests: 1_000_000, windowMs: 300_000 } })
  const coreValidated = createHaloCore({ ...common, rateLimit: false, validate: 'strict', schemas })

  // Sanity: every client reads the same ticket before anything is timed.
  const expected = JSON.stringify(JSON.parse(body))
  const check = (name: string, value: unknown) => {
    if (JSON.stringify(value) !== expected) throw new Error(`${name} returned the wrong body`)
  }
  check('raw fetch', await (await stubFetch(ticketUrl)).json())
  check('ofetch', await $fetch(ticketUrl))
  check(
    'openapi-fetch',
    (await openapi.GET('/Tickets/{id}', { params: { path: { id: seed.ticketId } } })).data,
  )
  check('octokit', (await octokit.request('GET /Tickets/{id}', { id: seed.ticketId })).data)
  check('core', await getTicket(coreNoLimit, { id: seed.ticketId }))
  if (kind === 'ticket') check('core validated', await getTicket(coreValidated, { id: seed.ticketId }))

  type Task = readonly [string, () => unknown]
  const rawFetch: Task = [
    'raw fetch (stub called directly)',
    async () => {
      const response = await stubFetch(ticketUrl, {
        headers: { accept: 'application/json', authorization: 'Bearer bench-token' },
      })
      return response.json()
    },
  ]
  // ofetch as its users call it, on the same stub: since @halo/core sends every attempt through
  // ofetch (docs/decisions/0004), the gap between the two is the cost of Halo's own rules.
  const ofetchAlone: Task = [
    OFETCH_ALONE,
    () => $fetch(ticketUrl, { headers: { authorization: 'Bearer bench-token' } }),
  ]
  const peerClients: Task[] = [
    [
      'openapi-fetch',
      () =>
        openapi.GET('/Tickets/{id}', {
          params: { path: { id: seed.ticketId } },
          headers: { authorization: 'Bearer bench-token' },
        }),
    ],
    [
      '@octokit/core request',
      () =>
        octokit.request('GET /Tickets/{id}', { id: seed.ticketId, headers: { authorization: 'bearer x' } }),
    ],
  ]
  const haloCore: Task[] = [
    ['@halo/core getTicket (rateLimit: false)', () => getTicket(coreNoLimit, { id: seed.ticketId })],
    ['@halo/core getTicket (rate limiter on)', () => getTicket(coreLimited, { id: seed.ticketId })],
  ]
  // Validating a page against a single ticket's schema would measure nothing meaningful.
  const validated: Task[] =
    kind === 'ticket'
      ? [
          [
            "@halo/core getTicket (rateLimit: false, validate: 'strict')",
            () => getTicket(coreValidated, { id: seed.ticketId }),
          ],
        ]
      : []
  const tasks = await runInterleaved(
    'stub fetch',
    peers
      ? [rawFetch, ofetchAlone, ...peerClients, ...haloCore, ...validated]
      : [rawFetch, ofetchAlone, ...haloCore],
  )
  return { body: kind, bodyBytes: Buffer.byteLength(body), tasks }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runStubFetchBench(process.argv[2] === 'page' ? 'page' : 'ticket')
  emitResult(result)
  const base = result.tasks[0]?.p50Us ?? 1
  for (const task of result.tasks)
    console.log(
      `${task.name.padEnd(62)} p50 ${task.p50Us.toFixed(1).padStart(8)} µs  ${(task.p50Us / base).toFixed(2)}x`,
    )
}
