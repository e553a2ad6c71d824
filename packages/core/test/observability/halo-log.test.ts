import { inspect } from 'node:util'
import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { createHaloCore } from '../../src/index.js'
import {
  API,
  CANARY_SECRET,
  CANARY_TOKEN,
  recordingLogger,
  rejectionOf,
  server,
  TOKEN_URL,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from '../support/halo-server.js'

useHaloServer()

const LEVELS = ['debug', 'info', 'warn', 'error'] as const
type Spies = Record<(typeof LEVELS)[number], MockInstance>

function spyOnConsole(): Spies {
  const spies = {} as Spies
  for (const level of LEVELS) spies[level] = vi.spyOn(console, level).mockImplementation(() => {})
  return spies
}

/** Everything handed to the console, printed as a terminal would show it. */
const printed = (spies: Spies): string =>
  LEVELS.flatMap((level) => spies[level].mock.calls.map((call) => inspect(call, { depth: 20 }))).join('\n')

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('HALO_LOG', () => {
  it('debug: a console logger at that level, without any code', async () => {
    vi.stubEnv('HALO_LOG', 'debug')
    const spies = spyOnConsole()
    tokenEndpoint()
    server.use(http.get(`${API}/Status`, () => HttpResponse.json([])))
    await createHaloCore(testOptions()).get('/Status')
    expect(spies.debug.mock.calls.map((call) => call[0])).toContain(`[halo] → GET ${API}/Status`)
    expect(spies.debug.mock.calls.map((call) => call[0])).toContain(`[halo] ← 200 GET ${API}/Status`)
  })

  it('warn: debug lines are not printed, warnings are', async () => {
    vi.stubEnv('HALO_LOG', 'WARN')
    const spies = spyOnConsole()
    tokenEndpoint()
    let hits = 0
    server.use(
      http.get(`${API}/Status`, () =>
        ++hits === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json([]),
      ),
    )
    await createHaloCore(testOptions()).get('/Status')
    expect(spies.debug).not.toHaveBeenCalled()
    expect(spies.info).not.toHaveBeenCalled()
    expect(String(spies.warn.mock.calls[0]?.[0])).toMatch(
      /^\[halo\] Retrying GET .*\/Status in \d+ ms \(status 503\)/,
    )
  })

  it('still goes through redaction: a server echoing the secret and the token reaches no console line', async () => {
    vi.stubEnv('HALO_LOG', 'debug')
    const spies = spyOnConsole()
    server.use(
      http.post(TOKEN_URL, async ({ request }) =>
        HttpResponse.json(
          { error: 'invalid_client', error_description: await request.text() },
          { status: 400 },
        ),
      ),
    )
    await rejectionOf(createHaloCore(testOptions()).get('/Status'))
    tokenEndpoint()
    server.use(
      http.get(`${API}/Status`, ({ request }) =>
        HttpResponse.json({ Message: `${request.headers.get('authorization')}` }, { status: 500 }),
      ),
    )
    await rejectionOf(createHaloCore(testOptions({ retry: false })).get('/Status'))
    const text = printed(spies)
    expect(text).toContain('[halo]')
    expect(text).not.toContain(CANARY_SECRET)
    expect(text).not.toContain(encodeURIComponent(CANARY_SECRET))
    expect(text).not.toContain(CANARY_TOKEN)
  })

  it('an explicit logger option wins over HALO_LOG', async () => {
    vi.stubEnv('HALO_LOG', 'debug')
    const spies = spyOnConsole()
    const logger = recordingLogger()
    tokenEndpoint()
    server.use(http.get(`${API}/Status`, () => HttpResponse.json([])))
    await createHaloCore(testOptions({ logger })).get('/Status')
    expect(printed(spies)).toBe('')
    expect(logger.entries.some((entry) => entry.level === 'debug')).toBe(true)
  })

  it('an unknown value warns once, and the client works with logging off', async () => {
    vi.stubEnv('HALO_LOG', 'verbose')
    const spies = spyOnConsole()
    tokenEndpoint()
    server.use(http.get(`${API}/Status`, () => HttpResponse.json([{ id: 1 }])))
    const first = createHaloCore(testOptions())
    createHaloCore(testOptions())
    await expect(first.get('/Status')).resolves.toEqual([{ id: 1 }])
    expect(spies.warn).toHaveBeenCalledTimes(1)
    expect(String(spies.warn.mock.calls[0]?.[0])).toContain('HALO_LOG="verbose" is not a log level')
    expect(spies.debug).not.toHaveBeenCalled()
  })

  it('off or unset: silent', async () => {
    vi.stubEnv('HALO_LOG', 'off')
    const spies = spyOnConsole()
    tokenEndpoint()
    server.use(http.get(`${API}/Status`, () => HttpResponse.json([])))
    await createHaloCore(testOptions()).get('/Status')
    expect(printed(spies)).toBe('')
  })
})
