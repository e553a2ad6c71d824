// Every resource test runs against the simulated Halo through msw, with a real core (auth, paging, errors).
import { createHaloCore, type HaloCore, type HaloCoreOptions } from '@halo/core'
import {
  createHaloMock,
  defaultBaseUrl,
  type HaloMock,
  type LoggedRequest,
  mockCredentials,
} from '@halo/mock'
import { haloHandlers } from '@halo/mock/msw'
import { type SetupServer, setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'

export interface HaloMockHarnessOptions {
  /** Options of the core made for each test, besides the mock's URL and credentials (e.g. `{ retry: false }`). */
  readonly core?: Omit<HaloCoreOptions, 'baseUrl' | 'clientId' | 'clientSecret'>
}

export interface HaloMockHarness {
  /** The simulated Halo, reset to its seed before each test. */
  readonly mock: HaloMock
  /** The msw server in front of it, for `server.use(...)` overrides (reset after each test). */
  readonly server: SetupServer
  /**
   * The core of the current test, made on first use: a fresh one per test, so tokens and name caches do
   * not leak between tests. Calls within one test answer the same core.
   */
  core(): HaloCore
}

/**
 * One msw server per test file around a fresh simulated Halo (`onUnhandledRequest: 'error'`), reset to
 * its seed before each test. Call it at the top level of a test file.
 */
export function useHaloMock(options: HaloMockHarnessOptions = {}): HaloMockHarness {
  const mock = createHaloMock()
  const server = setupServer(...haloHandlers(mock))
  let core: HaloCore | undefined
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    mock.reset()
    core = undefined
  })
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return {
    mock,
    server,
    core() {
      core ??= createHaloCore({
        rateLimit: false,
        ...options.core,
        baseUrl: defaultBaseUrl,
        ...mockCredentials,
      })
      return core
    },
  }
}

/**
 * API requests the mock saw, without auth traffic (token and discovery requests), in order. `filter` is
 * an operation, e.g. `'GET /Asset'` or `'GET /Asset/{id}'` (any case; the mock names its routes
 * `{id:int}`; either spelling matches, so tests can read like the spec's paths), or a predicate.
 */
export function apiRequests(
  mock: HaloMock,
  filter?: string | ((request: LoggedRequest) => boolean),
): LoggedRequest[] {
  const matches =
    typeof filter === 'string'
      ? (request: LoggedRequest) => sameOperation(request.operation, filter)
      : (filter ?? (() => true))
  return mock.requests.filter(
    (request) =>
      request.path.toLowerCase().startsWith('/api/') &&
      !/\/authinfo$/i.test(request.path) &&
      matches(request),
  )
}

function sameOperation(operation: string | undefined, wanted: string): boolean {
  return operation !== undefined && operationKey(operation) === operationKey(wanted)
}

// `GET /Asset/{id:int}` and `get /asset/{id}` name the same operation.
function operationKey(operation: string): string {
  return operation.replace(/\{(\w+):\w+\}/g, '{$1}').toLowerCase()
}
