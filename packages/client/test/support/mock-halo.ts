// One simulated Halo per test file, reset to its seed before each test.
import { createHaloMock, type HaloMock, mockCredentials } from '@halo/mock'
import { haloHandlers } from '@halo/mock/msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { HaloClient, type HaloClientOptions } from '../../src/index.js'

export const BASE_URL = 'https://halo.example.test'

/** Starts msw with the mock's handlers for this test file; unhandled requests fail the test. */
export function useMockHalo(): HaloMock {
  const mock = createHaloMock({ baseUrl: BASE_URL })
  const server = setupServer(...haloHandlers(mock))
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => mock.reset())
  afterAll(() => server.close())
  return mock
}

/** A client of the simulated Halo: its credentials, no client-side rate limit, no retry waits. */
export function mockClient(options: Partial<HaloClientOptions> = {}): HaloClient {
  return new HaloClient({ baseUrl: BASE_URL, ...mockCredentials, rateLimit: false, ...options })
}

/** Options for `createHaloCore` against the same simulated Halo. */
export const mockCoreOptions = { baseUrl: BASE_URL, ...mockCredentials, rateLimit: false } as const
