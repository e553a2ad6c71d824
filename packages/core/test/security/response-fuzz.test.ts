// Property-based fuzzing of what Halo (or anything posing as it) can send back: random statuses,
// content types, headers and bodies, including prototype-polluting JSON. Whatever arrives, a call
// resolves or rejects with a HaloError; nothing crashes, and no prototype is touched.
import fc from 'fast-check'
import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { createHaloCore, createRedactor, isHaloError } from '../../src/index.js'
import { errorFromResponse } from '../../src/transport/error-from-response.js'
import { parseBodyText } from '../../src/transport/parse-body.js'
import { API, server, TOKEN_URL, testOptions, tokenEndpoint, useHaloServer } from '../support/halo-server.js'

useHaloServer()

const NULL_BODY_STATUSES = new Set([204, 205, 304])

/** Keys that reach prototypes if handled carelessly, mixed with Halo's own error keys. */
const key = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'polluted',
    'toString',
    'hasOwnProperty',
    'Message',
    'ClassName',
    'error',
    'error_description',
    'errorMessage',
    'resultCode',
    'access_token',
    '[0].summary',
  ),
  fc.string({ maxLength: 12 }),
)

/** JSON text built by hand, so `__proto__` really is an own key in the text (as a server sends it). */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? 'null'),
    fc
      .array(fc.tuple(key, tie('value')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
  ),
})).value

const body = fc.oneof(
  jsonText,
  jsonText.map((text) => text.slice(0, Math.floor(text.length / 2))), // cut short
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '{"__proto__":{"polluted":"yes"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '[{"__proto__":{"polluted":"yes"},"id":1}]',
    '{"a":{"__proto__":{"polluted":"yes"}},"Message":"x"}',
    '<!DOCTYPE html><html><title>Login</title></html>',
    '<html><body>502 Bad Gateway</body></html>',
    `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
    `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
    '\u0000\uFFFD\uD800',
    'null',
    '"just a string"',
    '',
  ),
)

const contentType = fc.option(
  fc.oneof(
    fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/problem+json',
      'text/json',
      'text/plain',
      'text/html',
      'text/html; charset=iso-8859-1',
      'application/xml',
      'application/octet-stream',
      '',
    ),
    fc.string({ maxLength: 30 }).filter((text) => !/[\r\n\0]/.test(text)),
  ),
  { nil: undefined },
)

const retryAfter = fc.option(
  fc.oneof(
    fc.nat().map(String),
    fc.constantFrom('999999999', '-5', '1.5', 'soon', ''),
    fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  ),
  { nil: undefined },
)

const response = fc.record({
  status: fc.integer({ min: 200, max: 599 }),
  contentType,
  retryAfter,
  body,
})

type FuzzResponse = typeof response extends fc.Arbitrary<infer T> ? T : never

function toResponse(generated: FuzzResponse): Response {
  const headers = new Headers()
  if (generated.contentType !== undefined) headers.set('content-type', generated.contentType)
  if (generated.retryAfter !== undefined) headers.set('retry-after', generated.retryAfter)
  const nullBody = NULL_BODY_STATUSES.has(generated.status)
  return new HttpResponse(nullBody ? null : generated.body, { status: generated.status, headers })
}

/** Every object in `value` has a plain prototype, and nothing reached Object.prototype. */
function expectUnpolluted(value: unknown): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('polluted')
  // Iterative: bodies may nest thousands of levels deep.
  const stack: unknown[] = [value]
  const seen = new Set<unknown>()
  const odd: unknown[] = []
  while (stack.length > 0) {
    const item = stack.pop()
    if (typeof item !== 'object' || item === null || seen.has(item)) continue
    seen.add(item)
    const proto = Object.getPrototypeOf(item)
    const plain = Array.isArray(item)
      ? proto === Array.prototype
      : item instanceof Error || proto === Object.prototype || proto === null
    // An own `__proto__` (or `constructor.prototype`) key would reach a prototype the moment user
    // code merges the record into another object.
    const constructorValue = Object.hasOwn(item, 'constructor')
      ? (item as { constructor?: unknown }).constructor
      : undefined
    const prototypeKey =
      Object.hasOwn(item, '__proto__') ||
      (typeof constructorValue === 'object' && constructorValue !== null && 'prototype' in constructorValue)
    if (!plain || prototypeKey) odd.push(item)
    for (const child of Object.values(item)) stack.push(child)
  }
  expect(odd).toEqual([])
}

function expectTypedFailure(error: unknown): void {
  if (!isHaloError(error)) throw error
  // Every error serialises and prints.
  expect(typeof JSON.stringify(error)).toBe('string')
  expect(String(error)).toContain(error.name)
  expectUnpolluted(error.body)
}

/** The kind of deep merge user code writes, which is how `__proto__` keys turn into pollution. */
function naiveMerge(target: Record<string, unknown>, source: unknown): void {
  if (typeof source !== 'object' || source === null) return
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'object' && value !== null) {
      if (target[key] === undefined) target[key] = {}
      naiveMerge(target[key] as Record<string, unknown>, value)
    } else target[key] = value
  }
}

afterEach(() => {
  expectUnpolluted({})
})

// Property runs are CPU-bound: a second or two alone, far more on a busy machine.
describe('response fuzzing', { timeout: 60_000 }, () => {
  it('the check itself sees pollution: plain JSON.parse plus a naive merge pollutes, the client’s parse does not', async () => {
    const hostile = '{"__proto__":{"polluted":"yes"}}'
    const plain = JSON.parse(hostile) as unknown
    expect(() => expectUnpolluted(plain)).toThrow()
    tokenEndpoint()
    server.use(
      http.get(`${API}/Hostile`, () =>
        HttpResponse.text(hostile, { headers: { 'content-type': 'application/json' } }),
      ),
    )
    const fromHalo = await createHaloCore(testOptions()).get('/Hostile')
    naiveMerge({}, fromHalo)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expectUnpolluted(fromHalo)
  })

  it('parsing and error mapping never throw and never pollute, whatever the status, type and body', () => {
    const redactor = createRedactor(['fuzz-secret-value'])
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 999 }),
        contentType,
        body,
        fc.constantFrom('GET', 'POST', 'DELETE'),
        (status, type, text, method) => {
          const parsed = parseBodyText(text, type ?? null)
          if (parsed.kind === 'json') expectUnpolluted(parsed.value)
          const error = errorFromResponse(
            { status, method, url: `${API}/Fuzz`, body: parsed, retryAfterSeconds: undefined },
            redactor,
          )
          expectTypedFailure(error)
        },
      ),
      { numRuns: 1500 },
    )
  })

  it('a call resolves or rejects with a HaloError for any response, with retries on', async () => {
    tokenEndpoint()
    let current: FuzzResponse | undefined
    server.use(
      http.all(`${API}/Fuzz`, () => (current === undefined ? HttpResponse.error() : toResponse(current))),
    )
    const core = createHaloCore(
      testOptions({ retry: { retries: 1, baseDelayMs: 0, maxDelayMs: 2 }, circuitBreaker: false }),
    )
    await fc.assert(
      fc.asyncProperty(response, fc.constantFrom('GET', 'POST', 'DELETE'), async (generated, method) => {
        current = generated
        const call =
          method === 'GET'
            ? core.get('/Fuzz')
            : method === 'POST'
              ? core.post('/Fuzz', [{ summary: 'x' }])
              : core.delete('/Fuzz')
        try {
          expectUnpolluted(await call)
        } catch (error) {
          expectTypedFailure(error)
        }
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  it('the token endpoint answering anything ends in a token or a HaloError', async () => {
    let current: FuzzResponse | undefined
    server.use(
      http.post(TOKEN_URL, () => (current === undefined ? HttpResponse.error() : toResponse(current))),
    )
    await fc.assert(
      fc.asyncProperty(response, async (generated) => {
        current = generated
        // A fresh client each time, so no token is cached between runs.
        const core = createHaloCore(testOptions({ retry: { retries: 1, baseDelayMs: 0, maxDelayMs: 2 } }))
        try {
          const token = await core.getAccessToken()
          expect(typeof token.accessToken).toBe('string')
          expect(token.accessToken.length).toBeGreaterThan(0)
        } catch (error) {
          expectTypedFailure(error)
        }
      }),
      { numRuns: 200 },
    )
  }, 60_000)
})

describe('bodies too deep to write back', { timeout: 60_000 }, () => {
  it('a 429 whose JSON nests 20 000 levels ends in HaloRateLimitError, not a RangeError', async () => {
    tokenEndpoint()
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`
    server.use(
      http.get(`${API}/Deep`, () =>
        HttpResponse.text(deep, { status: 429, headers: { 'content-type': 'application/json' } }),
      ),
    )
    const core = createHaloCore(testOptions({ retry: false }))
    const error = await core.get('/Deep').catch((caught: unknown) => caught)
    expect(isHaloError(error)).toBe(true)
    expect((error as Error).name).toBe('HaloRateLimitError')
  })
})
