import { inspect } from 'node:util'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore, createRedactor, type HaloHooks, redactText } from '../src/index.js'
import {
  API,
  CANARY_REFRESH,
  CANARY_SECRET,
  CANARY_TOKEN,
  recordingLogger,
  rejectionOf,
  server,
  TOKEN_URL,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from './support/halo-server.js'

useHaloServer()

const CANARIES = [CANARY_SECRET, CANARY_TOKEN, CANARY_REFRESH]

function expectNoCanary(text: string): void {
  for (const canary of CANARIES) expect(text).not.toContain(canary)
}

/** Every way an error can be printed or serialised. */
function errorTexts(error: unknown): string[] {
  const err = error as Error
  return [
    String(err),
    JSON.stringify(err),
    err.stack ?? '',
    err.message,
    inspect(err, { depth: 10, showHidden: true }),
  ]
}

function recordingHooks(): { hooks: HaloHooks; payloads: unknown[] } {
  const payloads: unknown[] = []
  return {
    payloads,
    hooks: {
      onRequest: (event) => payloads.push(event),
      onResponse: (event) => payloads.push(event),
      onRetry: (event) => payloads.push(event),
    },
  }
}

describe('secrets never leak', () => {
  it('from a token endpoint that echoes the credentials back', async () => {
    server.use(
      http.post(TOKEN_URL, async ({ request }) =>
        HttpResponse.json(
          {
            error: 'invalid_client',
            error_description: `Bad client: ${await request.text()}`,
            client_secret: CANARY_SECRET,
          },
          { status: 400 },
        ),
      ),
    )
    const logger = recordingLogger()
    const { hooks, payloads } = recordingHooks()
    const error = await rejectionOf(createHaloCore(testOptions({ logger, hooks })).getAccessToken())
    for (const text of errorTexts(error)) expectNoCanary(text)
    expect(String(error)).toContain('invalid_client')
    expectNoCanary(JSON.stringify(logger.entries))
    expectNoCanary(JSON.stringify(payloads))
  })

  it('from API errors that echo the Authorization header or the token', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${API}/Tickets`, ({ request }) =>
        HttpResponse.json(
          {
            Message: `Rejected header ${request.headers.get('authorization')}`,
            token: request.headers.get('authorization'),
          },
          { status: 500 },
        ),
      ),
      http.get(`${API}/Text`, ({ request }) =>
        HttpResponse.text(`token was ${request.headers.get('authorization')?.slice(7)}`, { status: 400 }),
      ),
    )
    const logger = recordingLogger()
    const { hooks, payloads } = recordingHooks()
    const core = createHaloCore(testOptions({ logger, hooks }))
    const first = await rejectionOf(core.get('/Tickets'))
    const second = await rejectionOf(core.get('/Text'))
    for (const error of [first, second]) for (const text of errorTexts(error)) expectNoCanary(text)
    expect(String(second)).toContain('[redacted]')
    expect(payloads.length).toBeGreaterThan(0)
    expectNoCanary(JSON.stringify(payloads))
    expectNoCanary(JSON.stringify(logger.entries))
    expect(JSON.stringify(payloads)).toContain('[redacted]')
  })

  it('from debug logs and hooks of successful calls, refresh tokens included', async () => {
    tokenEndpoint({ refreshToken: () => CANARY_REFRESH })
    server.use(http.get(`${API}/Tickets`, () => HttpResponse.json({ echoed: CANARY_TOKEN })))
    const logger = recordingLogger()
    const { hooks, payloads } = recordingHooks()
    const core = createHaloCore(testOptions({ logger, hooks }))
    await core.get('/Tickets', { headers: { 'x-extra': 'kept' } })
    expect(logger.entries.some((entry) => entry.level === 'debug')).toBe(true)
    expectNoCanary(JSON.stringify(logger.entries))
    expectNoCanary(JSON.stringify(payloads))
    expect(JSON.stringify(payloads)).toContain('kept')
  })

  it('from a logger message that names a secret', () => {
    const logger = recordingLogger()
    const core = createHaloCore(testOptions({ logger }))
    core.logger.warn?.(`oops ${CANARY_SECRET}`, { nested: { client_secret: 'x', list: [CANARY_SECRET] } })
    expectNoCanary(JSON.stringify(logger.entries))
  })

  it('from an unreachable token endpoint', async () => {
    server.use(http.post(TOKEN_URL, () => HttpResponse.error()))
    const error = await rejectionOf(createHaloCore(testOptions({ retry: false })).getAccessToken())
    for (const text of errorTexts(error)) expectNoCanary(text)
  })
})

describe('redaction', () => {
  it('recognises credentials by shape', () => {
    expect(redactText('client_secret=abc&scope=all')).toBe('client_secret=[redacted]&scope=all')
    expect(redactText('?code=xyz&postcode=AB1&code_verifier=v')).toBe(
      '?code=[redacted]&postcode=AB1&code_verifier=[redacted]',
    )
    expect(redactText('Authorization: Bearer eyJhbGciOi.x-y_z')).toBe('Authorization: Bearer [redacted]')
    expect(redactText('{"access_token": "t0k", "expires_in": 3600}')).toBe(
      '{"access_token": "[redacted]", "expires_in": 3600}',
    )
  })

  it('removes registered values, encoded or not, and secret-named keys', () => {
    const redactor = createRedactor(['s3cr3t/value+1'])
    redactor.addSecret('tok-123456')
    expect(redactor.redactString('a s3cr3t/value+1 b s3cr3t%2Fvalue%2B1 c tok-123456')).toBe(
      'a [redacted] b [redacted] c [redacted]',
    )
    expect(redactor.redactValue({ Authorization: 'x', refreshToken: 'y', keep: ['tok-123456', 1] })).toEqual({
      Authorization: '[redacted]',
      refreshToken: '[redacted]',
      keep: ['[redacted]', 1],
    })
  })

  it('ignores values too short to be secrets and survives cycles', () => {
    const redactor = createRedactor(['abc'])
    expect(redactor.redactString('abc')).toBe('abc')
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    expect(redactor.redactValue(cyclic)).toEqual({ a: 1, self: '[unserialisable]' })
  })
})
