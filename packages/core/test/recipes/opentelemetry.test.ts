import { readFileSync } from 'node:fs'
import { SpanStatusCode } from '@opentelemetry/api'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore, type OperationDescriptor } from '../../src/index.js'
import {
  API,
  CANARY_SECRET,
  CANARY_TOKEN,
  rejectionOf,
  server,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from '../support/halo-server.js'
import { openTelemetryHooks } from './opentelemetry.js'

useHaloServer()

const getTicket: OperationDescriptor = {
  name: 'getTicket',
  method: 'GET',
  path: '/Tickets/{id}',
  tag: 'Tickets',
  pathParams: { id: 'integer' },
}

/** A client traced into an in-memory exporter. */
function traced() {
  const exporter = new InMemorySpanExporter()
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] })
  const hooks = openTelemetryHooks(provider.getTracer('halo-test'))
  const core = createHaloCore(testOptions({ hooks }))
  return { core, spans: () => exporter.getFinishedSpans() }
}

/** Answers each request with the next responder, the last one repeating. */
function answers(path: string, ...responders: (() => Response)[]): void {
  let hits = 0
  server.use(
    http.get(
      `${API}${path}`,
      () =>
        (responders[Math.min(hits++, responders.length - 1)] ?? responders[0])?.() ?? HttpResponse.error(),
    ),
  )
}

describe('OpenTelemetry recipe (docs/opentelemetry.md)', () => {
  it('one span per call, named by the route template, with its status and its retries', async () => {
    tokenEndpoint()
    answers(
      '/Tickets/5',
      () => new HttpResponse('busy', { status: 503 }),
      () => HttpResponse.json({ id: 5 }),
    )
    const { core, spans } = traced()
    await core.request(getTicket, { id: 5 })
    const names = spans().map((span) => span.name)
    expect(names).toEqual(['POST /auth/token', 'GET /Tickets/{id}'])
    const span = spans()[1]
    expect(span?.attributes).toMatchObject({
      'http.request.method': 'GET',
      'url.template': '/Tickets/{id}',
      'http.response.status_code': 200,
      'http.request.resend_count': 1,
      'halo.attempts': 2,
      'halo.operation': 'getTicket',
    })
    expect(span?.attributes['halo.request_id']).toMatch(/^req_/)
    expect(span?.status.code).toBe(SpanStatusCode.UNSET)
    expect(span?.events.map((event) => [event.name, event.attributes?.['halo.retry.reason']])).toEqual([
      ['halo.retry', 'status 503'],
    ])
  })

  it("Halo's 429 shows as a retry and a rate-limit wait", async () => {
    tokenEndpoint()
    answers(
      '/Status',
      () => HttpResponse.json({ Message: 'slow down' }, { status: 429, headers: { 'retry-after': '0' } }),
      () => HttpResponse.json([]),
    )
    const { core, spans } = traced()
    await core.get('/Status')
    const span = spans().find((each) => each.name === 'GET /Status')
    expect(span?.events.map((event) => event.name)).toEqual(['halo.retry', 'halo.rate_limit_wait'])
    expect(span?.events[0]?.attributes?.['http.response.status_code']).toBe(429)
  })

  it('a failed call ends its span as an error, naming the error and the status', async () => {
    tokenEndpoint()
    answers('/Tickets/404', () => HttpResponse.json({ Message: 'no such ticket' }, { status: 404 }))
    const { core, spans } = traced()
    await rejectionOf(core.get('/Tickets/404'))
    const span = spans().find((each) => each.name === 'GET /Tickets/{id}')
    expect(span?.status.code).toBe(SpanStatusCode.ERROR)
    expect(span?.attributes).toMatchObject({
      'http.response.status_code': 404,
      'error.type': 'HaloResourceNotFound',
      'halo.attempts': 1,
    })
  })

  it('no secret reaches a span', async () => {
    tokenEndpoint()
    server.use(
      http.get(`${API}/Status`, ({ request }) =>
        HttpResponse.json(
          { Message: `${request.headers.get('authorization')} ${CANARY_SECRET}` },
          { status: 400 },
        ),
      ),
    )
    const { core, spans } = traced()
    await rejectionOf(core.get('/Status', { query: { client_secret: CANARY_SECRET } }))
    const text = JSON.stringify(
      spans().map((span) => ({
        name: span.name,
        attributes: span.attributes,
        events: span.events,
        status: span.status,
      })),
    )
    expect(text).toContain('GET /Status')
    expect(text).not.toContain(CANARY_SECRET)
    expect(text).not.toContain(CANARY_TOKEN)
  })

  it('the recipe in the docs is this code', () => {
    const recipe = readFileSync(new URL('./opentelemetry.ts', import.meta.url), 'utf8')
      .replace("from '../../src/index.js'", "from '@halo/core'")
      .trim()
    const doc = readFileSync(new URL('../../../../docs/opentelemetry.md', import.meta.url), 'utf8')
    expect(doc).toContain(recipe)
  })
})
