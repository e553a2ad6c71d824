// Randomly chosen hostile answers, attempt after attempt: statuses, content types, body shapes
// (429 texts naming absurd windows, pages echoing secrets, endless bodies), headers (Retry-After,
// lying Content-Length), dropped and never-answered connections, and token endpoints answering any
// of that or absurd tokens. Whatever comes, each call ends in a value or a HaloError within a bound
// of fake time, nothing observable holds a secret, and the client (its circuit breaker and rate
// limiter) serves the next call once Halo behaves again. Fake timers: no figure depends on the machine.
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isHaloError } from '../../src/index.js'
import { recordingLogger } from '../support/halo-server.js'
import { CANARY_SECRET, CANARY_TOKEN, never, settleWithin, stubCore, stubHalo } from './support/stub-halo.js'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 1_000_000 })
})
afterEach(() => {
  vi.useRealTimers()
})

const ISSUED = `${CANARY_TOKEN}-fuzz`

/** Bodies a hostile server sends, secrets echoed included. */
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? 'null'),
  fc
    .tuple(
      fc.integer({ min: 0, max: 1e9 }),
      fc.integer({ min: 0, max: 1e6 }),
      fc.constantFrom('second', 'minute', 'hour', 'h', 's'),
    )
    .map(([requests, units, unit]) => `${requests} Requests per rolling ${units} ${unit} window`),
  fc.constantFrom(
    '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
    '<html><body>1 Requests per rolling 10000 hour window</body></html>',
    `{"Message":"bad client_secret=${CANARY_SECRET}"}`,
    `{"Message":"${'x'.repeat(290)} ${CANARY_SECRET}"}`,
    `${'y'.repeat(1_995)}${CANARY_SECRET}`,
    `Authorization: Bearer ${ISSUED}!tail`,
    `{"access_token":"${ISSUED}","error":"invalid_client"}`,
    `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
    '{"id": 1,',
    '',
  ),
)

const contentType = fc.option(
  fc.constantFrom(
    'application/json',
    'text/html',
    'text/plain',
    'application/xml',
    'application/problem+json',
  ),
  { nil: undefined },
)

const answer = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('response' as const),
      status: fc.oneof(
        fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 408, 409, 429, 500, 502, 503, 504),
        fc.integer({ min: 200, max: 599 }),
      ),
      contentType,
      body,
      retryAfter: fc.option(
        fc.constantFrom('0', '1', '31536000', 'soon', '-5', 'Wed, 21 Oct 2099 07:28:00 GMT'),
        {
          nil: undefined,
        },
      ),
      lyingLength: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'hang' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'endless' as const }) },
)

type Answer = typeof answer extends fc.Arbitrary<infer T> ? T : never

const tokenAnswer = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom<unknown>(3600, 0.001, 1e13, 1e300, -1, 'abc', undefined)
      .map((expiresIn) => ({ kind: 'token' as const, expiresIn })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'forged' as const }) },
  { weight: 3, arbitrary: answer },
)

type TokenAnswer = typeof tokenAnswer extends fc.Arbitrary<infer T> ? T : never

const NULL_BODY = new Set([204, 205, 304])

function endless(): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x5b)
  return new ReadableStream({ pull: (controller) => controller.enqueue(chunk) })
}

function respond(generated: Answer, signal: AbortSignal | undefined): Response | Promise<Response> {
  switch (generated.kind) {
    case 'hang':
      return never(signal)
    case 'reset':
      return Promise.reject(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
        }),
      )
    case 'endless':
      return new Response(endless(), { headers: { 'content-type': 'application/json' } })
    case 'response': {
      const headers = new Headers()
      if (generated.contentType !== undefined) headers.set('content-type', generated.contentType)
      if (generated.retryAfter !== undefined) headers.set('retry-after', generated.retryAfter)
      if (generated.lyingLength) headers.set('content-length', '999999999999')
      return new Response(NULL_BODY.has(generated.status) ? null : generated.body, {
        status: generated.status,
        headers,
      })
    }
  }
}

function respondToken(generated: TokenAnswer, signal: AbortSignal | undefined): Response | Promise<Response> {
  switch (generated.kind) {
    case 'token':
      return Response.json({ access_token: ISSUED, token_type: 'Bearer', expires_in: generated.expiresIn })
    case 'forged':
      return Response.json({ access_token: `${ISSUED}\r\nx-injected: 1`, expires_in: 3600 })
    default:
      return respond(generated, signal)
  }
}

/** The first answers in order, then the last one again and again. */
function script<T>(answers: readonly T[]): () => T {
  let index = 0
  return () => answers[Math.min(index++, answers.length - 1)] as T
}

// Retries 2, 1 s per attempt, backoff ≤ 500 ms, limiter waits ≤ 2 s: a call makes at most three
// token attempts and three API attempts (plus one replay after a 401), each bounded.
const OPTIONS = {
  retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 500 },
  timeoutMs: 1_000,
  maxRateLimitWaitMs: 2_000,
  maxResponseBytes: 256 * 1024,
  rateLimit: { requests: 50, windowMs: 60_000 },
  circuitBreaker: { failureThreshold: 3, cooldownMs: 5_000 },
} as const
const CALL_BOUND_MS = 30_000

describe('hostile answers, fuzzed', () => {
  it('every call ends in a value or a HaloError, in bounded time, with no secret observable, and the client recovers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(answer, { minLength: 1, maxLength: 4 }),
        fc.array(tokenAnswer, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('GET', 'POST', 'DELETE'),
        async (answers, tokenAnswers, method) => {
          let healthy = false
          const nextAnswer = script(answers)
          const nextToken = script(tokenAnswers)
          const stub = stubHalo(
            (_request, signal) => (healthy ? Response.json({ ok: true }) : respond(nextAnswer(), signal)),
            (_request, signal) =>
              healthy
                ? Response.json({ access_token: `${ISSUED}-good`, expires_in: 3600 })
                : respondToken(nextToken(), signal),
          )
          const logger = recordingLogger()
          const hooked: unknown[] = []
          const core = stubCore(stub, {
            ...OPTIONS,
            logger,
            hooks: {
              onRequest: (event) => hooked.push(event),
              onResponse: (event) => hooked.push(event),
              onRetry: (event) => hooked.push(event),
            },
          })
          const call =
            method === 'GET'
              ? core.get('/Fuzz')
              : method === 'POST'
                ? core.post('/Fuzz', [{ summary: 'x' }])
                : core.delete('/Fuzz/1')
          const outcome = await settleWithin(call, CALL_BOUND_MS + 1)
          expect(outcome.settled).toBe(true)
          expect(outcome.elapsedMs).toBeLessThanOrEqual(CALL_BOUND_MS)
          if (outcome.error !== undefined && !isHaloError(outcome.error)) throw outcome.error

          const error = outcome.error as (Error & { body?: unknown }) | undefined
          const observable = JSON.stringify([error?.message, error, error?.body, logger.entries, hooked])
          expect(observable).not.toContain(CANARY_SECRET)
          expect(observable).not.toContain(CANARY_SECRET.slice(0, 10))
          expect(observable).not.toContain(CANARY_TOKEN)

          // Halo behaves again: once the breaker's cool-down and any learned window (an hour at
          // most) have passed, the same client serves a call.
          healthy = true
          await vi.advanceTimersByTimeAsync(3_600_000)
          const after = await settleWithin(core.get('/Fuzz'), 10_000)
          if (after.error !== undefined) throw after.error
          expect(after.value).toEqual({ ok: true })
        },
      ),
      { numRuns: 150 },
    )
  }, 60_000)
})
