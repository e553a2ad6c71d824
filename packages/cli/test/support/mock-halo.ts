// The simulated Halo's real HTTP server, started in the test process so its request log and fault
// injection are at hand while `halo` runs as a separate process against its loopback URL.
import { type RunningHaloMock, type StartHaloMockOptions, startHaloMock } from '@halo/mock'
import { afterAll, beforeAll, beforeEach } from 'vitest'

export interface MockHalo {
  readonly server: RunningHaloMock
  /** `HALO_*` variables pointing `halo` at the server, plus a private config folder. */
  env(extra?: Record<string, string | undefined>): Record<string, string | undefined>
  /** Requests that reached the API or the token endpoint since the last reset. */
  apiRequests(): { method: string; path: string; body: unknown; status: number }[]
}

/** Starts one mock server for the test file; the data and log are reset before each test. */
export function useMockHalo(options: StartHaloMockOptions = {}, configDir?: () => string): MockHalo {
  let server: RunningHaloMock | undefined
  beforeAll(async () => {
    server = await startHaloMock({ port: 0, ...options })
  })
  afterAll(async () => {
    await server?.close()
  })
  beforeEach(() => {
    server?.mock.reset()
  })
  const running = (): RunningHaloMock => {
    if (!server) throw new Error('the mock server is not running')
    return server
  }
  return {
    get server() {
      return running()
    },
    env(extra = {}) {
      const { clientId, clientSecret } = running().mock.credentials
      return {
        HALO_BASE_URL: running().url,
        HALO_CLIENT_ID: clientId,
        HALO_CLIENT_SECRET: clientSecret,
        HALO_CONFIG_DIR: configDir?.() ?? '/nonexistent/halo-cli-test-config',
        ...extra,
      }
    },
    apiRequests() {
      return running().mock.requests.map((r) => ({
        method: r.method,
        path: r.path,
        body: r.body,
        status: r.status,
      }))
    },
  }
}

/** Summaries of every ticket the mock created, from the `POST /Tickets` requests it answered with success. */
export function createdTicketSummaries(halo: MockHalo): string[] {
  return halo
    .apiRequests()
    .filter(
      (r) => r.method === 'POST' && /\/api\/tickets$/i.test(r.path) && r.status >= 200 && r.status < 300,
    )
    .flatMap((r) => (r.body as { summary: string }[]).map((ticket) => ticket.summary))
}
