// The class of an error follows the status, whatever the body: a proxy's HTML page on a 502 is a
// server failure (retried first), on a 429 a rate limit, on a 401 an authentication failure. The
// "an HTML page answered — check baseUrl" hint is for a success status (or a 404) only.
import { describe, expect, it } from 'vitest'
import {
  isHaloAuthenticationError,
  isHaloPermissionError,
  isHaloRateLimitError,
  isHaloResourceNotFound,
  isHaloServerError,
  isHaloUnexpectedResponseError,
} from '../../src/index.js'
import { stubCore, stubHalo } from './support/stub-halo.js'

const proxyPage = (status: number): Response =>
  new Response(
    `<!DOCTYPE html><html><head><title>${status} Bad Gateway</title></head><body>nginx</body></html>`,
    { status, headers: { 'content-type': 'text/html' } },
  )

describe('an HTML page on an error status', () => {
  for (const status of [500, 502, 503, 504]) {
    it(`${status} with a proxy page is retried and ends as HaloServerError, without blaming baseUrl`, async () => {
      const stub = stubHalo(() => proxyPage(status))
      const error = await stubCore(stub, { retry: { retries: 2, baseDelayMs: 0, maxDelayMs: 1 } })
        .get('/Tickets')
        .catch((caught: unknown) => caught)
      expect(isHaloServerError(error)).toBe(true)
      expect((error as Error).message).not.toMatch(/check baseUrl/)
      expect((error as Error).message).toMatch(/HTML page/)
      expect(stub.requests).toHaveLength(3)
    })
  }

  it('408 with a proxy page is retried', async () => {
    const stub = stubHalo(() => proxyPage(408))
    const error = await stubCore(stub, { retry: { retries: 1, baseDelayMs: 0, maxDelayMs: 1 } })
      .get('/Tickets')
      .catch((caught: unknown) => caught)
    expect(stub.requests).toHaveLength(2)
    expect((error as { status?: number }).status).toBe(408)
    expect(isHaloUnexpectedResponseError(error)).toBe(false)
  })

  it('429 with an HTML page is a rate limit (and keeps Retry-After)', async () => {
    const stub = stubHalo(
      () =>
        new Response('<html><body>Too many requests</body></html>', {
          status: 429,
          headers: { 'content-type': 'text/html', 'retry-after': '0' },
        }),
    )
    const error = await stubCore(stub, { retry: { retries: 1, baseDelayMs: 0, maxDelayMs: 1 } })
      .get('/Tickets')
      .catch((caught: unknown) => caught)
    expect(isHaloRateLimitError(error)).toBe(true)
    expect(stub.requests).toHaveLength(2)
  })

  it('401 and 403 with an HTML page keep their classes', async () => {
    const page401 = stubHalo(() => proxyPage(401))
    expect(
      isHaloAuthenticationError(
        await stubCore(page401)
          .get('/Tickets')
          .catch((e: unknown) => e),
      ),
    ).toBe(true)
    const page403 = stubHalo(() => proxyPage(403))
    expect(
      isHaloPermissionError(
        await stubCore(page403)
          .get('/Tickets')
          .catch((e: unknown) => e),
      ),
    ).toBe(true)
  })

  it('a 404 HTML page is HaloResourceNotFound that suggests checking baseUrl', async () => {
    const stub = stubHalo(() => proxyPage(404))
    const error = await stubCore(stub)
      .get('/Tickets')
      .catch((caught: unknown) => caught)
    expect(isHaloResourceNotFound(error)).toBe(true)
    expect((error as Error).message).toMatch(/baseUrl/)
  })

  it('a 200 HTML page is still HaloUnexpectedResponseError "check baseUrl"', async () => {
    const stub = stubHalo(() => proxyPage(200))
    const error = await stubCore(stub)
      .get('/Tickets')
      .catch((caught: unknown) => caught)
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toMatch(/check baseUrl/)
  })

  it('valid JSON labelled text/html on a 200 is the record', async () => {
    const stub = stubHalo(
      () =>
        new Response('{"id":5,"summary":"ok"}', { status: 200, headers: { 'content-type': 'text/html' } }),
    )
    await expect(stubCore(stub).get('/Tickets/5')).resolves.toEqual({ id: 5, summary: 'ok' })
  })
})

describe('the token endpoint answering a proxy page', () => {
  for (const status of [502, 503]) {
    it(`${status} HTML is a server failure of the authorisation server, not blamed on authUrl`, async () => {
      const stub = stubHalo(
        () => Response.json({}),
        () => proxyPage(status),
      )
      const error = await stubCore(stub, { retry: { retries: 1, baseDelayMs: 0, maxDelayMs: 1 } })
        .get('/Tickets')
        .catch((caught: unknown) => caught)
      expect(isHaloServerError(error)).toBe(true)
      expect((error as Error).message).not.toMatch(/check authUrl/)
      expect((error as Error).message).toMatch(/authorisation server/)
      expect(stub.tokenRequests).toHaveLength(2)
    })
  }

  it('a 404 HTML page at the token URL still says to check authUrl', async () => {
    const stub = stubHalo(
      () => Response.json({}),
      () => proxyPage(404),
    )
    const error = await stubCore(stub)
      .get('/Tickets')
      .catch((caught: unknown) => caught)
    expect(isHaloAuthenticationError(error)).toBe(true)
    expect((error as Error).message).toMatch(/check authUrl/)
  })
})
