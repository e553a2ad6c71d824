import { createHaloCore, type HaloCore } from '@halo/core'
import { createHaloMock, type HaloMock, haloHandlers, type LoggedRequest, mockCredentials } from '@halo/mock'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach } from 'vitest'

export const BASE_URL = 'https://halo.example.test'

export interface MockedHalo {
  readonly mock: HaloMock
  /** A fresh core per test (fresh token, fresh lookup caches). */
  core(): HaloCore
  /** Requests the API answered, without auth traffic: `'GET /Status'` style. */
  apiCalls(filter?: (request: LoggedRequest) => boolean): LoggedRequest[]
}

/** A simulated Halo behind msw, reset to its seed before each test. */
export function useMockedHalo(): MockedHalo {
  const mock = createHaloMock({ baseUrl: BASE_URL })
  const server = setupServer(...haloHandlers(mock))
  let core: HaloCore | undefined
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    mock.reset()
    core = undefined
  })
  afterAll(() => server.close())
  return {
    mock,
    core() {
      core ??= createHaloCore({ baseUrl: BASE_URL, ...mockCredentials, rateLimit: false, retry: false })
      return core
    },
    apiCalls(filter = () => true) {
      return mock.requests.filter(
        (request) =>
          request.path.toLowerCase().startsWith('/api/') &&
          !/authinfo/i.test(request.path) &&
          filter(request),
      )
    },
  }
}

/** Requests to one method and path (relative to `/api`, any case): `callsTo(halo, 'POST', '/Tickets')`. */
export function callsTo(halo: MockedHalo, method: string, path: string): LoggedRequest[] {
  const wanted = `/api${path}`.toLowerCase()
  return halo.apiCalls((request) => request.method === method && request.path.toLowerCase() === wanted)
}

/** The array bodies of the requests to one method and path, in order. */
export function postedBodies<T = Record<string, unknown>>(
  halo: MockedHalo,
  method: string,
  path: string,
): T[][] {
  return callsTo(halo, method, path).map((call) => (Array.isArray(call.body) ? (call.body as T[]) : []))
}
