// Every resource test runs against the simulated Halo through msw, with a real core (auth, paging, errors).
import { createHaloCore, type HaloCore } from '@halo/core'
import { createHaloMock, defaultBaseUrl, type HaloMock, haloHandlers, mockCredentials } from '@halo/mock'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach } from 'vitest'

export interface HaloMockHarness {
  readonly mock: HaloMock
  readonly core: HaloCore
}

/** Starts msw over a fresh mock for the file and resets it to the seed before each test. */
export function useHaloMock(): HaloMockHarness {
  const mock = createHaloMock()
  const server = setupServer(...haloHandlers(mock))
  const core = createHaloCore({ baseUrl: defaultBaseUrl, ...mockCredentials, rateLimit: false })
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => mock.reset())
  afterAll(() => server.close())
  return { mock, core }
}

/**
 * Requests the mock saw for one operation, e.g. `'GET /Asset'` or `'GET /Asset/{id}'` (the mock names its
 * routes `{id:int}`; the type constraint is dropped here so tests read like the spec's paths).
 */
export function requestsFor(mock: HaloMock, operation: string) {
  return mock.requests.filter(
    (request) =>
      request.operation?.replace(/\{(\w+):\w+\}/g, '{$1}').toLowerCase() === operation.toLowerCase(),
  )
}
