// The simulated Halo's real HTTP server on loopback, one per test file: for tests that run a program as a
// separate process (the `halo` command, the `halo-mcp` bin) or reach Halo over real HTTP, with the mock's
// state, request log and fault injection at hand in the test process. Tests that only need a core in
// the same process take `useHaloMock` (msw) instead.
import { type HaloMock, type RunningHaloMock, type StartHaloMockOptions, startHaloMock } from '@halo/mock'
import { afterAll, beforeAll, beforeEach } from 'vitest'

/** What each test starts from. */
export type BeforeEachTest =
  /** The seed data, no tokens, an empty log (the default). */
  | 'reset'
  /**
   * The request log emptied, nothing else: a client made once for the whole file keeps its token (a full
   * reset revokes it, adding a 401 and a login to every test's log).
   */
  | 'clear-requests'

export interface HaloMockServerOptions extends Omit<StartHaloMockOptions, 'port' | 'mock'> {
  /** Default `'reset'`. */
  readonly beforeEachTest?: BeforeEachTest
  /**
   * The folder `env()` names as `HALO_CONFIG_DIR`, asked each time `env()` is called (a per-test folder
   * works). By default a folder that does not exist, so no saved profile is read.
   */
  readonly configDir?: () => string
}

export interface HaloMockServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string
  /** The simulated Halo behind the server: its state, request log and faults. */
  readonly mock: HaloMock
  /**
   * The variables that point a program reading them (`halo`, `halo-mcp`, `HaloClient.fromEnv`) at the
   * server: `HALO_BASE_URL`, `HALO_CLIENT_ID`, `HALO_CLIENT_SECRET` and `HALO_CONFIG_DIR`; `extra`
   * adds to them or replaces them.
   */
  env(extra?: Record<string, string>): Record<string, string>
}

const NO_SAVED_PROFILE = '/nonexistent/halo-test-config'

/**
 * Starts the server before the file's (or the describe block's) first test on a free port and closes it
 * after the last one; before each test, resets the mock (`beforeEachTest`). Call it at the top level of a
 * test file or of a `describe` block. `url`, `mock` and `env()` are there while the tests run.
 */
export function useHaloMockServer(options: HaloMockServerOptions = {}): HaloMockServer {
  const { beforeEachTest = 'reset', configDir, ...mockOptions } = options
  let server: RunningHaloMock | undefined
  beforeAll(async () => {
    server = await startHaloMock({ ...mockOptions, port: 0 })
  })
  afterAll(async () => {
    await server?.close()
  })
  beforeEach(() => {
    if (beforeEachTest === 'reset') server?.mock.reset()
    else server?.mock.clearRequests()
  })
  const running = (): RunningHaloMock => {
    if (!server) throw new Error('the simulated Halo server runs only while the tests run')
    return server
  }
  return {
    get url() {
      return running().url
    },
    get mock() {
      return running().mock
    },
    env(extra = {}) {
      const { clientId, clientSecret } = running().mock.credentials
      return {
        HALO_BASE_URL: running().url,
        HALO_CLIENT_ID: clientId,
        HALO_CLIENT_SECRET: clientSecret,
        HALO_CONFIG_DIR: configDir?.() ?? NO_SAVED_PROFILE,
        ...extra,
      }
    },
  }
}
