import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { createHaloMock, type HaloMock, type HaloMockOptions } from '../src/index.js'
import { haloHandlers } from '../src/msw.js'

export const base = 'https://halo.example.test'

/** One msw server per test file around a mock that is reset before each test. */
export function useHaloMock(options: HaloMockOptions = {}): { mock: HaloMock; api: ApiClient } {
  const mock = createHaloMock(options)
  const server = setupServer(...haloHandlers(mock))
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => mock.reset())
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return { mock, api: apiClient(mock) }
}

export interface ApiClient {
  get(path: string): Promise<Response>
  post(path: string, body: unknown): Promise<Response>
  del(path: string): Promise<Response>
  json<T = unknown>(path: string): Promise<T>
}

/** Plain fetch against the mock's base URL with a freshly issued token. */
export function apiClient(mock: HaloMock, origin = base): ApiClient {
  const headers = (): Record<string, string> => ({ authorization: `Bearer ${mock.issueToken()}` })
  return {
    get: (path) => fetch(`${origin}/api${path}`, { headers: headers() }),
    post: (path, body) =>
      fetch(`${origin}/api${path}`, {
        method: 'POST',
        headers: { ...headers(), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    del: (path) => fetch(`${origin}/api${path}`, { method: 'DELETE', headers: headers() }),
    json: async (path) => {
      const res = await fetch(`${origin}/api${path}`, { headers: headers() })
      if (!res.ok) throw new Error(`${res.status} ${await res.text()}`)
      return res.json()
    },
  }
}

export function tokenRequest(fields: Record<string, string>, query = ''): Promise<Response> {
  return fetch(`${base}/auth/token${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  })
}
