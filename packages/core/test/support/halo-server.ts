import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { HaloCoreOptions, HaloLogger } from '../../src/index.js'

export const BASE = 'https://acme.halopsa.com'
export const API = `${BASE}/api`
export const AUTH = `${BASE}/auth`
export const TOKEN_URL = `${AUTH}/token`

/** Canary values: if one of these shows up in an error, a log or a hook payload, a secret leaked. */
export const CANARY_SECRET = 'CANARY-SECRET-7d1f3b2a9c'
export const CANARY_TOKEN = 'CANARY-TOKEN-5e8a0c4f1b'
export const CANARY_REFRESH = 'CANARY-REFRESH-2c9d7e6a3f'

export const server = setupServer()

/** msw with unhandled requests as errors, reset between tests. */
export function useHaloServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
}

export interface TokenEndpoint {
  /** Requests received, with their form fields and URL. */
  readonly requests: { readonly url: URL; readonly form: URLSearchParams }[]
  readonly hits: () => number
}

/** A token endpoint issuing `${prefix}-1`, `${prefix}-2`, … */
export function tokenEndpoint(
  options: {
    url?: string
    expiresIn?: number
    prefix?: string
    refreshToken?: (n: number) => string | undefined
  } = {},
): TokenEndpoint {
  const requests: { url: URL; form: URLSearchParams }[] = []
  server.use(
    http.post(options.url ?? TOKEN_URL, async ({ request }) => {
      const form = new URLSearchParams(await request.text())
      requests.push({ url: new URL(request.url), form })
      const n = requests.length
      const refreshToken = options.refreshToken?.(n)
      return HttpResponse.json({
        access_token: `${options.prefix ?? CANARY_TOKEN}-${n}`,
        token_type: 'Bearer',
        expires_in: options.expiresIn ?? 3600,
        ...(refreshToken === undefined ? {} : { refresh_token: refreshToken }),
      })
    }),
  )
  return { requests, hits: () => requests.length }
}

/** Options for a client against the test server: explicit authUrl, no window, tiny backoff. */
export function testOptions(overrides: Partial<HaloCoreOptions> = {}): HaloCoreOptions {
  return {
    baseUrl: BASE,
    clientId: 'test-client',
    clientSecret: CANARY_SECRET,
    authUrl: AUTH,
    rateLimit: false,
    retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 20 },
    ...overrides,
  }
}

/** A logger that keeps everything it is handed. */
export function recordingLogger(): HaloLogger & {
  readonly entries: { level: string; message: string; data?: unknown }[]
} {
  const entries: { level: string; message: string; data?: unknown }[] = []
  const log = (level: string) => (message: string, data?: unknown) => {
    entries.push(data === undefined ? { level, message } : { level, message, data })
  }
  return { entries, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') }
}

/** Settles a promise and hands back its rejection (fails when it resolves). */
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the promise to reject')
}
