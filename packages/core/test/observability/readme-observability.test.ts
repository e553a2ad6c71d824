import { HttpResponse, http } from 'msw'
import { expect, it } from 'vitest'
import { createHaloCore, type EndHookEvent } from '../../src/index.js'
import { API, CANARY_SECRET, server, tokenEndpoint, useHaloServer } from '../support/halo-server.js'

useHaloServer()

// The README's Observability example, run against a simulated Halo.
it("runs the README's observability example", async () => {
  tokenEndpoint()
  server.use(http.get(`${API}/Tickets/5`, () => HttpResponse.json({ id: 5 })))
  const ended: EndHookEvent[] = []
  const core = createHaloCore({
    baseUrl: 'https://acme.halopsa.com',
    clientId: 'test-client',
    clientSecret: CANARY_SECRET,
    authUrl: 'https://acme.halopsa.com/auth',
    rateLimit: false,
    hooks: { onEnd: (call) => ended.push(call) },
  })

  const { data, status, headers, requestId } = await core.get<{ id: number }>('/Tickets/5', {
    withResponse: true,
  })
  expect([status, headers.get('content-type'), data.id]).toEqual([200, 'application/json', 5])
  const call = ended.find((each) => each.url.startsWith(API))
  expect(call).toMatchObject({ requestId, method: 'GET', route: '/Tickets/{id}', status: 200, attempts: 1 })
  expect(call?.durationMs).toBeGreaterThanOrEqual(0)
  expect(JSON.stringify(ended)).not.toContain(CANARY_SECRET)
})
