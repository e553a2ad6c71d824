import * as core from '@halo/core'
import { mockCredentials, seed } from '@halo/mock'
import { describe, expect, it } from 'vitest'
import {
  HALO_ERROR_KIND,
  HaloAuthenticationError,
  HaloClient,
  HaloConnectionError,
  HaloError,
  HaloPermissionError,
  HaloRateLimitError,
  HaloResourceNotFound,
  HaloServerError,
  HaloTimeoutError,
  HaloValidationError,
  isHaloAuthenticationError,
  isHaloConnectionError,
  isHaloError,
  isHaloPermissionError,
  isHaloRateLimitError,
  isHaloResourceNotFound,
  isHaloServerError,
  isHaloTimeoutError,
  isHaloValidationError,
} from '../src/index.js'
import { BASE_URL, mockClient, useMockHalo } from './support/mock-halo.js'

const mock = useMockHalo()

async function failure(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to fail')
}

describe('errors through the facade', () => {
  it('re-exports the very classes and predicates of @halo/core', () => {
    expect(HaloError).toBe(core.HaloError)
    expect(HaloResourceNotFound).toBe(core.HaloResourceNotFound)
    expect(HaloValidationError).toBe(core.HaloValidationError)
    expect(isHaloError).toBe(core.isHaloError)
    expect(isHaloResourceNotFound).toBe(core.isHaloResourceNotFound)
  })

  it('404: HaloResourceNotFound from a resource, an operation and a raw call', async () => {
    const halo = mockClient()
    for (const call of [
      () => halo.tickets.get(999_999),
      () => halo.ops.getTicket({ id: 999_999 }),
      () => halo.get('/Tickets/999999'),
    ]) {
      const error = await failure(call())
      expect(error).toBeInstanceOf(HaloResourceNotFound)
      expect(error).toBeInstanceOf(HaloError)
      expect(isHaloResourceNotFound(error)).toBe(true)
      expect(isHaloError(error)).toBe(true)
      expect(isHaloValidationError(error)).toBe(false)
      const notFound = error as HaloResourceNotFound
      expect(notFound.status).toBe(404)
      expect(notFound.method).toBe('GET')
      expect(notFound.url).toBe(`${BASE_URL}/api/Tickets/999999`)
    }
  })

  it('400: HaloValidationError with Halo field messages', async () => {
    const halo = mockClient()
    const error = await failure(halo.tickets.create({ tickettype_id: seed.ticketTypeId }))
    expect(isHaloValidationError(error)).toBe(true)
    const invalid = error as HaloValidationError
    expect(invalid.status).toBe(400)
    expect(invalid.source).toBe('halo')
    expect(
      Object.values(invalid.errors ?? {})
        .flat()
        .join(' '),
    ).toMatch(/Summary field is required/)
  })

  it('token refused: HaloAuthenticationError, and the secret is nowhere in it', async () => {
    const halo = new HaloClient({
      baseUrl: BASE_URL,
      clientId: mockCredentials.clientId,
      clientSecret: 'not-the-secret-value',
      rateLimit: false,
    })
    const error = await failure(halo.tickets.get(seed.ticketId))
    expect(error).toBeInstanceOf(HaloAuthenticationError)
    expect(isHaloAuthenticationError(error)).toBe(true)
    expect(JSON.stringify(error)).not.toContain('not-the-secret-value')
    expect(String((error as Error).message)).not.toContain('not-the-secret-value')
  })

  it('403: HaloPermissionError', async () => {
    mock.faults.add({ kind: 'status', status: 403, match: { method: 'GET', path: '/Asset*' } })
    const error = await failure(mockClient().assets.list())
    expect(error).toBeInstanceOf(HaloPermissionError)
    expect(isHaloPermissionError(error)).toBe(true)
  })

  it('429 after retries are spent: HaloRateLimitError', async () => {
    mock.faults.add({ kind: 'rate-limit', match: { path: '/Tickets*' } })
    const error = await failure(mockClient({ retry: false }).tickets.list())
    expect(error).toBeInstanceOf(HaloRateLimitError)
    expect(isHaloRateLimitError(error)).toBe(true)
    expect((error as HaloRateLimitError).status).toBe(429)
  })

  it('5xx after retries are spent: HaloServerError', async () => {
    mock.faults.add({ kind: 'status', status: 503, match: { path: '/KBArticle*' } })
    const error = await failure(mockClient({ retry: false }).kbArticles.search('password'))
    expect(error).toBeInstanceOf(HaloServerError)
    expect(isHaloServerError(error)).toBe(true)
  })

  it('connection reset: HaloConnectionError', async () => {
    mock.faults.add({ kind: 'reset', match: { path: '/Users*' } })
    const error = await failure(mockClient({ retry: false }).users.list())
    expect(error).toBeInstanceOf(HaloConnectionError)
    expect(isHaloConnectionError(error)).toBe(true)
  })

  it('no answer within timeoutMs: HaloTimeoutError', async () => {
    mock.faults.add({ kind: 'timeout', match: { path: '/Status*' } })
    const error = await failure(mockClient({ retry: false }).get('/Status', { timeoutMs: 20 }))
    expect(error).toBeInstanceOf(HaloTimeoutError)
    expect(isHaloTimeoutError(error)).toBe(true)
  })

  it('predicates recognise an error built by another copy of the package', () => {
    // A duplicate install has its own classes, so instanceof fails; the kind brand still matches.
    const foreign = Object.assign(new Error('Ticket 5 was not found'), { status: 404 })
    Object.defineProperty(foreign, HALO_ERROR_KIND, { value: 'not_found' })
    expect(foreign).not.toBeInstanceOf(HaloResourceNotFound)
    expect(isHaloResourceNotFound(foreign)).toBe(true)
    expect(isHaloError(foreign)).toBe(true)
    expect(isHaloServerError(foreign)).toBe(false)
  })
})
