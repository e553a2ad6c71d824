import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore, isHaloUnexpectedResponseError, type RetryHookEvent } from '../../src/index.js'
import {
  API,
  rejectionOf,
  server,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from '../support/halo-server.js'

useHaloServer()

const cut = () =>
  new HttpResponse('{"id":5,"summary":"Pri', { status: 200, headers: { 'content-type': 'application/json' } })

describe('a 2xx answer whose JSON was cut short', () => {
  it('is asked again for a GET (the connection was probably cut mid-body)', async () => {
    tokenEndpoint()
    let hits = 0
    server.use(
      http.get(`${API}/Tickets/5`, () => {
        hits += 1
        return hits < 3 ? cut() : HttpResponse.json({ id: 5 })
      }),
    )
    const retries: RetryHookEvent[] = []
    const core = createHaloCore(testOptions({ hooks: { onRetry: (event) => retries.push(event) } }))
    await expect(core.get('/Tickets/5')).resolves.toEqual({ id: 5 })
    expect(hits).toBe(3)
    expect(retries.map((event) => event.reason)).toEqual(['malformed body', 'malformed body'])
  })

  it('ends in HaloUnexpectedResponseError once the retries are spent', async () => {
    tokenEndpoint()
    let hits = 0
    server.use(
      http.get(`${API}/Tickets/5`, () => {
        hits += 1
        return cut()
      }),
    )
    const error = await rejectionOf(createHaloCore(testOptions()).get('/Tickets/5'))
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toContain('not valid JSON')
    expect(hits).toBe(4)
  })

  it('is never replayed for a POST, even with retryUnsafeWrites: Halo processed it', async () => {
    tokenEndpoint()
    let hits = 0
    server.use(
      http.post(`${API}/Tickets`, () => {
        hits += 1
        return new HttpResponse('[{"id":77', { status: 201, headers: { 'content-type': 'application/json' } })
      }),
    )
    const core = createHaloCore(
      testOptions({ retry: { retries: 3, baseDelayMs: 1, retryUnsafeWrites: true } }),
    )
    const error = await rejectionOf(core.post('/Tickets', [{ summary: 'once' }]))
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as { status?: number }).status).toBe(201)
    expect(hits).toBe(1)
  })
})
