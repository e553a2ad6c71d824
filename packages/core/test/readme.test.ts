import { HttpResponse, http } from 'msw'
import { expect, it } from 'vitest'
import { createHaloCore, isHaloRateLimitError, isHaloResourceNotFound } from '../src/index.js'
import { fixture } from './support/fixture.js'
import { API, server, tokenEndpoint, useHaloServer } from './support/halo-server.js'

useHaloServer()

// The README's Usage section, run against a simulated Halo.
it('runs the README usage example', async () => {
  tokenEndpoint()
  const users = fixture<{ users: unknown[] }>('users-list')
  server.use(
    http.get(`${API}/AuthInfo`, () => HttpResponse.json({ auth_url: 'https://acme.halopsa.com/auth' })),
    http.get(`${API}/Tickets/5`, () => HttpResponse.json({ id: 5, summary: 'Printer jam' })),
    http.get(`${API}/Tickets/999999`, () => HttpResponse.json({ Message: 'Not found' }, { status: 404 })),
    http.post(`${API}/Tickets`, () => HttpResponse.json(fixture('ticket-created'), { status: 201 })),
    http.get(`${API}/Tickets`, () => HttpResponse.json({ record_count: 1, tickets: [{ id: 5 }] })),
    http.get(`${API}/Users`, () => HttpResponse.json(users)),
  )
  const env = {
    HALO_BASE_URL: 'https://acme.halopsa.com/api',
    HALO_CLIENT_ID: 'id',
    HALO_CLIENT_SECRET: 'secret-value',
  }

  const core = createHaloCore({
    baseUrl: 'https://acme.halopsa.com',
    clientId: env.HALO_CLIENT_ID,
    clientSecret: env.HALO_CLIENT_SECRET,
  })
  expect(createHaloCore.fromEnv(env).apiUrl).toBe(core.apiUrl)

  const ticket = await core.get<{ id: number; summary: string }>('/Tickets/5', {
    query: { includedetails: true },
  })
  expect(ticket.summary).toBe('Printer jam')
  const created = await core.post<{ id: number }>('/Tickets', [
    { tickettype_id: 24, summary: 'Server outage' },
  ])
  expect(created.id).toBe(9499)

  const open = await core.paginate<{ id: number }>('/Tickets', { query: { open_only: true } })
  expect(open).toEqual([{ id: 5 }])
  const streamed: unknown[] = []
  for await (const user of core.paginate('/Users', { query: { client_id: 12 }, limit: 500 }))
    streamed.push(user)
  expect(streamed).toEqual(users.users)

  let reported = ''
  try {
    await core.get('/Tickets/999999')
  } catch (error) {
    if (isHaloResourceNotFound(error)) reported = `${error.status} ${error.url}`
    else if (isHaloRateLimitError(error)) reported = `wait ${error.retryAfter} s`
    else throw error
  }
  expect(reported).toBe('404 https://acme.halopsa.com/api/Tickets/999999')
})
