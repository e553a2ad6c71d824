// The client's tests run against the shared simulated-Halo harness (msw, reset before each test).
import { defaultBaseUrl, type HaloMock, mockCredentials } from '@halo/mock'
import { useHaloMock } from '@halo/test-support'
import { HaloClient, type HaloClientOptions } from '../../src/index.js'

export const BASE_URL = defaultBaseUrl

/** One simulated Halo per test file, reset to its seed before each test; unhandled requests fail the test. */
export function useMockHalo(): HaloMock {
  return useHaloMock().mock
}

/** A client of the simulated Halo: its credentials, no client-side rate limit, no retry waits. */
export function mockClient(options: Partial<HaloClientOptions> = {}): HaloClient {
  return new HaloClient({ baseUrl: BASE_URL, ...mockCredentials, rateLimit: false, ...options })
}

/** Options for `createHaloCore` against the same simulated Halo. */
export const mockCoreOptions = { baseUrl: BASE_URL, ...mockCredentials, rateLimit: false } as const
