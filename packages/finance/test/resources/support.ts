import { createHaloCore, type HaloCore } from '@halo/core'
import { createHaloMock, type HaloMock, haloHandlers, type LoggedRequest, mockCredentials } from '@halo/mock'
import { type SetupServer, setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'

export const baseUrl = 'https://halo.example.test'

/**
 * One msw server per test file around the simulated Halo, reset to its seed before each test, and a
 * fresh core per test (so name caches and tokens do not leak between tests).
 */
export function useMockHalo(): { mock: HaloMock; server: SetupServer; core: () => HaloCore } {
  const mock = createHaloMock({ baseUrl })
  const server = setupServer(...haloHandlers(mock))
  let core: HaloCore | undefined
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    mock.reset()
    core = createHaloCore({ baseUrl, ...mockCredentials, rateLimit: false, retry: false })
  })
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return {
    mock,
    server,
    core: () => {
      if (!core) throw new Error('core is created before each test')
      return core
    },
  }
}

/** API requests the mock saw (token and discovery requests left out), e.g. `'POST /Invoice'`. */
export function apiRequests(mock: HaloMock, operation?: string): LoggedRequest[] {
  return mock.requests.filter(
    (r) =>
      r.path.toLowerCase().startsWith('/api/') &&
      !/\/authinfo$/i.test(r.path) &&
      (operation === undefined || r.operation === operation),
  )
}
