// The framework-free core: a pure Fetch-API handler over in-memory state. The msw handlers and the
// loopback server are thin adapters around `handle()`.
import { handleAuthorize, handleToken } from '../auth/auth-server.js'
import { TokenRegistry } from '../auth/token-registry.js'
import { type FaultHandle, FaultInjector, type FaultSpec, iisErrorPage } from '../faults/fault-injector.js'
import { Query } from '../http/query.js'
import { dotNetError, empty, json, text } from '../http/respond.js'
import { RouteTable } from '../http/route-table.js'
import { RateLimiter, rateLimitResponse } from '../limits/rate-limiter.js'
import { type LoggedRequest, RequestLog, redactForm, redactJson } from '../log/request-log.js'
import { registerRoutes } from '../resources/register-routes.js'
import { specFallback } from '../resources/spec-fallback.js'
import { createState, type HaloState } from '../store/halo-state.js'
import { registerWebhookRoutes } from '../webhooks/webhook-routes.js'
import { createWebhookSimulation, type HaloMockWebhooks } from '../webhooks/webhook-simulation.js'
import type { MockContext, RouteHandler, Session } from './context.js'
import { createRandom } from './random.js'
import { type HaloMockOptions, type ResolvedSettings, resolveSettings } from './settings.js'
import { abortableSleep, untilAborted } from './sleep.js'

export interface HaloMockFaults {
  /** Arm a fault; it applies to matching requests until removed, cleared or its `times` run out. */
  add(spec: FaultSpec): FaultHandle
  /** Disarm every fault. */
  clear(): void
  /** How many faults are armed. */
  readonly size: number
}

export interface HaloMock {
  /** Answers one request (any origin: only the path matters). */
  handle(request: Request): Promise<Response>
  /** The in-memory data (replaced by `reset()`). */
  readonly state: HaloState
  /** Requests received, oldest first. */
  readonly requests: readonly LoggedRequest[]
  readonly faults: HaloMockFaults
  readonly settings: Readonly<ResolvedSettings>
  /** Credentials the mock accepts. */
  readonly credentials: {
    readonly clientId: string
    readonly clientSecret: string
    readonly tenant: string | undefined
  }
  /** The mock's clock (epoch ms). */
  now(): number
  /** A valid access token without a token request (for raw-fetch tests). */
  issueToken(options?: { scope?: string }): string
  /** Origins the msw handlers should intercept (base URL, plus the auth URL's when it differs). */
  origins(): string[]
  /** Forget requests logged so far. */
  clearRequests(): void
  /** Webhooks registered with `POST /Webhook`, delivered when tickets change. */
  readonly webhooks: HaloMockWebhooks
  /** Back to the seed: data, tokens, faults, rate-limit window, request log and webhooks. */
  reset(): void
}

function parseJson(raw: string): unknown {
  if (raw.trim() === '') return undefined
  try {
    return JSON.parse(raw, (key, value) => (key === '__proto__' ? undefined : value))
  } catch {
    return undefined
  }
}

function truncateBody(response: Response, body: string): Response {
  const headers = new Headers(response.headers)
  headers.set('content-type', 'application/json; charset=utf-8')
  headers.delete('content-length')
  return new Response(body.slice(0, Math.max(1, Math.floor(body.length / 2))), {
    status: response.status,
    headers,
  })
}

/**
 * A simulated Halo in memory, seeded with realistic records: `mock.handle(request)` answers any Fetch API
 * `Request`. `haloHandlers(mock)` and `startHaloMock({ mock })` put it behind msw or a loopback server.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { createHaloMock, mockCredentials, seed } from '@halo/mock'
 * import { tickets } from '@halo/tickets'
 *
 * const mock = createHaloMock()
 * // The mock is a fetch of its own: no server, no msw.
 * const fetch = (input: RequestInfo | URL, init?: RequestInit) => mock.handle(new Request(input, init))
 * const core = createHaloCore({ baseUrl: 'https://halo.example.test', ...mockCredentials, fetch })
 *
 * mock.faults.add({ kind: 'status', status: 503, times: 1, match: { method: 'GET', path: '/Tickets/*' } })
 * const ticket = await tickets(core).get(seed.ticketId) // retried past the 503
 * console.log(ticket.summary, mock.requests.length)
 * ```
 */
export function createHaloMock(options: HaloMockOptions = {}): HaloMock {
  const settings = resolveSettings(options)
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? abortableSleep
  const tokens = new TokenRegistry()
  const limiter = new RateLimiter()
  const log = new RequestLog(settings.requestLogLimit)
  const faults = new FaultInjector(createRandom(settings.seed))
  const routes = registerRoutes(new RouteTable<RouteHandler>())
  const webhooks = createWebhookSimulation(options.webhooks, (ms) => sleep(ms), now)
  registerWebhookRoutes(routes, webhooks.registry)
  let state = createState(settings)

  const authDeps = { settings, tokens, now }
  const authPrefixes = new Set<string>(['/auth'])
  if (settings.authUrl) authPrefixes.add(new URL(settings.authUrl).pathname.replace(/\/+$/, '').toLowerCase())

  function authRoute(path: string): 'token' | 'authorize' | undefined {
    const lower = path.toLowerCase().replace(/\/+$/, '')
    for (const prefix of authPrefixes) {
      if (lower === `${prefix}/token`) return 'token'
      if (lower === `${prefix}/authorize`) return 'authorize'
    }
    return undefined
  }

  function authenticate(request: Request): { session: Session } | { response: Response } {
    const header = request.headers.get('authorization') ?? ''
    const match = /^Bearer\s+(.+)$/i.exec(header.trim())
    if (!match?.[1]) {
      return { response: empty(401, { 'www-authenticate': 'Bearer' }) }
    }
    const result = tokens.check(match[1], now())
    if (result.status === 'ok') return { session: result.session }
    const description =
      result.status === 'expired' ? 'The access token has expired' : 'The access token is not valid'
    return {
      response: empty(401, {
        'www-authenticate': `Bearer error="invalid_token", error_description="${description}"`,
      }),
    }
  }

  async function route(
    request: Request,
    url: URL,
    rawBody: string,
    body: unknown,
    entry: LoggedRequest,
  ): Promise<Response> {
    const method = request.method.toUpperCase()
    const path = url.pathname
    const auth = authRoute(path)
    if (auth === 'token' && method === 'POST') {
      entry.operation = 'POST /auth/token'
      return handleToken(authDeps, request, url, rawBody)
    }
    if (auth === 'authorize' && method === 'GET') {
      entry.operation = 'GET /auth/authorize'
      return handleAuthorize(authDeps, url)
    }
    const lower = path.toLowerCase()
    if (lower !== '/api' && !lower.startsWith('/api/')) return text('Not Found', 404)
    const apiPath = path.slice(4) || '/'
    if (method === 'GET' && apiPath.toLowerCase().replace(/\/+$/, '') === '/authinfo') {
      entry.operation = 'GET /AuthInfo'
      const body: Record<string, unknown> = { auth_url: settings.authUrl ?? `${url.origin}/auth` }
      if (settings.tenant !== undefined) body.tenant_id = settings.tenant
      return json(body)
    }

    let session: Session | undefined
    if (settings.requireAuth) {
      const auth = authenticate(request)
      if ('response' in auth) return auth.response
      session = auth.session
    }
    if (settings.rateLimit) {
      const admitted = limiter.admit(
        session?.tenant ?? settings.tenant ?? 'default',
        now(),
        settings.rateLimit,
      )
      if (!admitted.ok) {
        return rateLimitResponse(
          settings.rateLimit,
          settings.retryAfter ? admitted.retryAfterMs / 1000 : undefined,
        )
      }
    }

    const query = new Query(url.searchParams)
    const match = routes.match(method, apiPath)
    const ctx: MockContext = {
      request,
      url,
      params: match?.params ?? {},
      query,
      body,
      state,
      settings,
      session,
      now,
    }
    if (match) {
      entry.operation = `${method} ${match.pattern}`
      return match.handler(ctx)
    }
    const fallback = specFallback(ctx, method, apiPath)
    if (fallback) {
      entry.operation = `${method} ${fallback.pattern}`
      return fallback.response
    }
    return text('Not Found', 404)
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const method = request.method.toUpperCase()
    const entry: LoggedRequest = {
      method,
      path: url.pathname,
      operation: undefined,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
      time: now(),
    }
    log.push(entry)
    const rawBody = method === 'GET' || method === 'HEAD' ? '' : await request.text()
    const isForm = (request.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')
    const body = isForm ? undefined : parseJson(rawBody)
    entry.body = isForm ? redactForm(new URLSearchParams(rawBody)) : redactJson(body)

    const { latencyMs, fault } = faults.select(method, url.pathname)
    try {
      if (latencyMs > 0) await sleep(latencyMs, request.signal)
      if (fault?.kind === 'reset') return Response.error()
      if (fault?.kind === 'timeout') await untilAborted(request.signal)
    } catch {
      return Response.error()
    }

    let response: Response
    if (fault?.kind === 'status') {
      const b = fault.body ?? { ClassName: 'System.Exception', Message: `Simulated ${fault.status} error` }
      response =
        typeof b === 'string' ? text(b, fault.status, fault.headers) : json(b, fault.status, fault.headers)
    } else if (fault?.kind === 'html') {
      const status = fault.status ?? 502
      response = new Response(iisErrorPage(status), { status, headers: { 'content-type': 'text/html' } })
    } else if (fault?.kind === 'rate-limit') {
      response = rateLimitResponse(
        settings.rateLimit || { requests: 300, windowMs: 300_000 },
        settings.retryAfter ? 60 : undefined,
      )
    } else {
      try {
        const delivered = webhooks.watch(method, url.pathname, body, state)
        response = await route(request, url, rawBody, body, entry)
        delivered?.(response)
      } catch (error) {
        response = dotNetError(
          500,
          'System.Exception',
          error instanceof Error ? error.message : String(error),
        )
      }
      if (fault?.kind === 'malformed-json') response = truncateBody(response, await response.text())
    }
    entry.status = response.status
    return response
  }

  return {
    handle,
    get state() {
      return state
    },
    requests: log.entries,
    faults: {
      add: (spec) => faults.add(spec),
      clear: () => faults.clear(),
      get size() {
        return faults.size
      },
    },
    settings,
    credentials: {
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      tenant: settings.tenant,
    },
    now,
    issueToken: (opts = {}) =>
      tokens.issueAccess(
        {
          clientId: settings.clientId,
          tenant: settings.tenant,
          scope: opts.scope ?? 'all',
          agentId: settings.agentId,
        },
        now(),
        settings.tokenTtlSeconds,
      ),
    origins: () => {
      const out = [new URL(settings.baseUrl).origin]
      if (settings.authUrl) {
        const authOrigin = new URL(settings.authUrl).origin
        if (!out.includes(authOrigin)) out.push(authOrigin)
      }
      return out
    },
    clearRequests: () => log.clear(),
    webhooks,
    reset: () => {
      webhooks.reset()
      state = createState(settings)
      tokens.clear()
      limiter.clear()
      faults.clear()
      log.clear()
    },
  }
}
