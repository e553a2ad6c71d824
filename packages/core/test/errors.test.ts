import { describe, expect, it } from 'vitest'
import {
  HALO_ERROR_KIND,
  HaloAuthenticationError,
  HaloConnectionError,
  HaloError,
  HaloPaginationError,
  HaloPermissionError,
  HaloRateLimitError,
  HaloResourceNotFound,
  HaloServerError,
  HaloTimeoutError,
  HaloUnexpectedResponseError,
  HaloValidationError,
  isHaloAuthenticationError,
  isHaloConnectionError,
  isHaloError,
  isHaloPaginationError,
  isHaloPermissionError,
  isHaloRateLimitError,
  isHaloResourceNotFound,
  isHaloServerError,
  isHaloTimeoutError,
  isHaloUnexpectedResponseError,
  isHaloValidationError,
} from '../src/index.js'

const cases = [
  [new HaloAuthenticationError('m'), isHaloAuthenticationError, 'HaloAuthenticationError'],
  [new HaloPermissionError('m'), isHaloPermissionError, 'HaloPermissionError'],
  [new HaloResourceNotFound('m'), isHaloResourceNotFound, 'HaloResourceNotFound'],
  [new HaloValidationError('m'), isHaloValidationError, 'HaloValidationError'],
  [new HaloRateLimitError('m'), isHaloRateLimitError, 'HaloRateLimitError'],
  [new HaloServerError('m'), isHaloServerError, 'HaloServerError'],
  [new HaloConnectionError('m'), isHaloConnectionError, 'HaloConnectionError'],
  [new HaloTimeoutError('m'), isHaloTimeoutError, 'HaloTimeoutError'],
  [
    new HaloPaginationError('m', { recordCount: 2, fetched: 1 }),
    isHaloPaginationError,
    'HaloPaginationError',
  ],
  [new HaloUnexpectedResponseError('m'), isHaloUnexpectedResponseError, 'HaloUnexpectedResponseError'],
] as const

describe('errors', () => {
  it.each(cases)(
    '%s has its name, extends HaloError and answers only its own predicate',
    (error, predicate, name) => {
      expect(error.name).toBe(name)
      expect(error).toBeInstanceOf(HaloError)
      expect(error).toBeInstanceOf(Error)
      expect(isHaloError(error)).toBe(true)
      expect(predicate(error)).toBe(true)
      for (const [, other] of cases) if (other !== predicate) expect(other(error)).toBe(false)
    },
  )

  it('predicates work across duplicate installs (brand, not class)', () => {
    // What a second copy of @halo/core would build: another class, the same registry symbol.
    const foreign = Object.assign(new Error('from another copy'), {
      [Symbol.for('halo.error.kind')]: 'rate_limit',
    })
    expect(HALO_ERROR_KIND).toBe(Symbol.for('halo.error.kind'))
    expect(isHaloRateLimitError(foreign)).toBe(true)
    expect(isHaloError(foreign)).toBe(true)
    expect(isHaloError(new Error('plain'))).toBe(false)
    expect(isHaloError({ [Symbol.for('halo.error.kind')]: 'made-up' })).toBe(false)
    expect(isHaloError(null)).toBe(false)
  })

  it('serialises its details (and subclass fields) without the stack', () => {
    const error = new HaloRateLimitError('slow down', {
      status: 429,
      method: 'GET',
      url: 'https://acme.halopsa.com/api/Tickets',
      body: 'Rate Limit Reached',
      retryAfter: 30,
    })
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'HaloRateLimitError',
      kind: 'rate_limit',
      message: 'slow down',
      status: 429,
      method: 'GET',
      url: 'https://acme.halopsa.com/api/Tickets',
      body: 'Rate Limit Reached',
      retryAfter: 30,
    })
    expect(String(error)).toBe('HaloRateLimitError: slow down')
  })

  it('scrubs credential-shaped text from messages and URLs as a last line of defence', () => {
    const error = new HaloError('sent Bearer abc.def and client_secret=xyz', {
      url: 'https://acme.halopsa.com/auth/token?code=abc',
    })
    expect(error.message).toBe('sent Bearer [redacted] and client_secret=[redacted]')
    expect(error.url).toBe('https://acme.halopsa.com/auth/token?code=[redacted]')
    expect(error.stack).not.toContain('abc.def')
  })
})
