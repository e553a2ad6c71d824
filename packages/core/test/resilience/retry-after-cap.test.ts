import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore, isHaloRateLimitError } from '../../src/index.js'
import {
  API,
  rejectionOf,
  server,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from '../support/halo-server.js'

useHaloServer()

describe('a hostile Retry-After', () => {
  it('holds the tenant no longer than maxDelayMs (a year-long Retry-After would freeze every caller)', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${API}/Busy`, () =>
        HttpResponse.text('Rate Limit Reached', { status: 429, headers: { 'retry-after': '31536000' } }),
      ),
      http.get(`${API}/Tickets`, () => HttpResponse.json([])),
    )
    const core = createHaloCore(testOptions({ retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 20 } }))
    const error = await rejectionOf(core.get('/Busy'))
    expect(isHaloRateLimitError(error)).toBe(true)
    // Blocked for a year, this would hang until the test times out.
    await expect(core.get('/Tickets')).resolves.toEqual([])
  })
})
