import { readFileSync } from 'node:fs'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore } from '../../src/index.js'
import { SDK_VERSION, sdkUserAgent } from '../../src/observability/user-agent.js'
import { API, server, TOKEN_URL, testOptions, useHaloServer } from '../support/halo-server.js'

useHaloServer()

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version

/** Records the User-Agent of every token and API request. */
function recordUserAgents(): { readonly token: (string | null)[]; readonly api: (string | null)[] } {
  const seen = { token: [] as (string | null)[], api: [] as (string | null)[] }
  server.use(
    http.post(TOKEN_URL, ({ request }) => {
      seen.token.push(request.headers.get('user-agent'))
      return HttpResponse.json({ access_token: 'token-1', token_type: 'Bearer', expires_in: 3600 })
    }),
    http.get(`${API}/Status`, ({ request }) => {
      seen.api.push(request.headers.get('user-agent'))
      return HttpResponse.json([])
    }),
  )
  return seen
}

describe('User-Agent', () => {
  it("names the SDK, the package's own version and the runtime", () => {
    expect(SDK_VERSION).toBe(packageVersion)
    expect(sdkUserAgent()).toBe(`halo-sdk-typescript/${packageVersion} node/${process.versions.node}`)
  })

  it('is sent on token requests and API requests', async () => {
    const seen = recordUserAgents()
    await createHaloCore(testOptions()).get('/Status')
    expect(seen.token).toEqual([sdkUserAgent()])
    expect(seen.api).toEqual([sdkUserAgent()])
  })

  it("gives way, whole, to the caller's own User-Agent (client-wide or per call, any case)", async () => {
    const seen = recordUserAgents()
    const core = createHaloCore(testOptions({ headers: { 'User-Agent': 'acme-sync/2.0' } }))
    await core.get('/Status')
    await core.get('/Status', { headers: { 'USER-AGENT': 'acme-report/1.0' } })
    expect(seen.api).toEqual(['acme-sync/2.0', 'acme-report/1.0'])
  })

  it('is left out where no runtime version is known (a browser), without failing', async () => {
    const versions = Object.getOwnPropertyDescriptor(process, 'versions')
    Object.defineProperty(process, 'versions', { value: {}, configurable: true })
    try {
      expect(sdkUserAgent()).toBeUndefined()
    } finally {
      if (versions !== undefined) Object.defineProperty(process, 'versions', versions)
    }
  })
})
