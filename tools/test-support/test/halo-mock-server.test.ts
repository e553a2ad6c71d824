import { mockCredentials, seed } from '@halo/mock'
import { describe, expect, it } from 'vitest'
import { useHaloMockServer } from '../src/halo-mock-server.js'

async function token(url: string): Promise<number> {
  const response = await fetch(`${url}/auth/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: mockCredentials.clientId,
      client_secret: mockCredentials.clientSecret,
      scope: 'all',
    }),
  })
  await response.body?.cancel()
  return response.status
}

describe('useHaloMockServer (reset before each test, the default)', () => {
  const halo = useHaloMockServer({ ticketCount: 7 })

  it('serves the simulated Halo on loopback with the options given', async () => {
    expect(halo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(await token(halo.url)).toBe(200)
    expect(halo.mock.state.tickets.size).toBe(7)
    halo.mock.state.tickets.update(seed.ticketId, { summary: 'changed by the first test' })
  })

  it('starts each test from the seed with an empty log', () => {
    expect(halo.mock.requests).toEqual([])
    expect(halo.mock.state.tickets.get(seed.ticketId)?.summary).not.toBe('changed by the first test')
  })

  it('env() points a program at the server, with no saved profile unless told', () => {
    expect(halo.env({ HALO_LOG: 'debug', HALO_CLIENT_SECRET: 'other' })).toEqual({
      HALO_BASE_URL: halo.url,
      HALO_CLIENT_ID: mockCredentials.clientId,
      HALO_CLIENT_SECRET: 'other',
      HALO_CONFIG_DIR: '/nonexistent/halo-test-config',
      HALO_LOG: 'debug',
    })
  })
})

describe("useHaloMockServer({ beforeEachTest: 'clear-requests' })", () => {
  let folder = 'first'
  const halo = useHaloMockServer({ beforeEachTest: 'clear-requests', configDir: () => folder })

  it('logs what reaches it', async () => {
    expect(await token(halo.url)).toBe(200)
    expect(halo.mock.requests.map((request) => request.path)).toEqual(['/auth/token'])
    halo.mock.state.tickets.update(seed.ticketId, { summary: 'kept for the next test' })
  })

  it('empties the log only: the data stays', () => {
    expect(halo.mock.requests).toEqual([])
    expect(halo.mock.state.tickets.get(seed.ticketId)?.summary).toBe('kept for the next test')
  })

  it('asks configDir each time env() is called', () => {
    expect(halo.env().HALO_CONFIG_DIR).toBe('first')
    folder = 'second'
    expect(halo.env().HALO_CONFIG_DIR).toBe('second')
  })
})

describe('useHaloMockServer outside the tests', () => {
  const halo = useHaloMockServer()
  const early = (() => {
    try {
      return halo.url
    } catch (error) {
      return (error as Error).message
    }
  })()

  it('says the server runs only while the tests run', () => {
    expect(early).toBe('the simulated Halo server runs only while the tests run')
  })
})
