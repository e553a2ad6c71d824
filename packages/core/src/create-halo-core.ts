import { createAuthServerLookup } from './auth/auth-server-lookup.js'
import { createTokenManager } from './auth/token-manager.js'
import { createCircuitBreaker } from './circuit-breaker/circuit-breaker.js'
import { rememberConcurrency } from './create-core/core-concurrency.js'
import { createPagedLists } from './create-core/paged-list.js'
import { createRawCall, type RawCallOptions } from './create-core/raw-call.js'
import { createResponseValidator } from './create-core/response-validator.js'
import type { HaloCore, PaginateOptions } from './halo-core.js'
import type { HaloList } from './list/halo-list.js'
import type { ListControls, OperationDescriptor, OperationParams } from './operation/descriptor.js'
import type { HaloCoreOptions } from './options/core-options.js'
import { haloOptionsFromEnv } from './options/from-env.js'
import type { RequestOptions } from './options/request-options.js'
import { type ResolvedOptions, resolveOptions } from './options/resolve-options.js'
import { MemoryRateLimitStore } from './rate-limit/memory-store.js'
import { createRateLimiter } from './rate-limit/rate-limiter.js'
import { type CompleteLogger, createRedactingLogger } from './redaction/redacting-logger.js'
import { createRedactor, type Redactor } from './redaction/redactor.js'
import type { ResponseCache } from './resource/response-cache/response-cache.js'
import { withResponseCache } from './resource/response-cache/with-response-cache.js'
import { createApiCaller } from './transport/api-caller.js'
import { buildOperationPath, checkRawPath } from './transport/build-path.js'
import { encodeBody } from './transport/encode-body.js'
import { createTransport, type Transport } from './transport/transport.js'

/** The pipeline one client's calls go through: redaction, limiter, breaker, transport, tokens. */
interface Pipeline {
  readonly redactor: Redactor
  readonly logger: CompleteLogger
  readonly transport: Transport
  readonly tokens: ReturnType<typeof createTokenManager>
}

/** Builds the shared pieces every call of one client passes through, in dependency order. */
function createPipeline(
  resolved: ResolvedOptions & { readonly responseCache?: ResponseCache | undefined },
): Pipeline {
  const redactor = createRedactor(
    resolved.credentials.type === 'client_credentials' ? [resolved.credentials.clientSecret] : [],
  )
  const logger = createRedactingLogger(resolved.logger, redactor)
  // One budget per tenant (or per API host when the tenant is not known up front).
  const limiter = createRateLimiter({
    key: `halo:${resolved.tenant ?? new URL(resolved.apiUrl).host}`,
    rateLimit: resolved.rateLimit,
    store: resolved.rateLimitStore ?? new MemoryRateLimitStore(),
    maxConcurrency: resolved.maxConcurrency,
    onSettleError: (error) =>
      logger.warn('The rate-limit store could not settle a slot; it stays held until its lease ends', {
        error,
      }),
  })
  // One circuit per host this client calls (the API, and the authorisation server when apart).
  const breaker =
    resolved.circuitBreaker === false
      ? undefined
      : createCircuitBreaker({ ...resolved.circuitBreaker, logger })
  const transport = createTransport({
    fetch: resolved.fetch,
    defaultHeaders: resolved.headers,
    redactor,
    logger,
    hooks: resolved.hooks,
    limiter,
    tokens: () => tokens,
    breaker,
    allowInsecureHttp: resolved.allowInsecureHttp,
    maxResponseBytes: resolved.maxResponseBytes,
    responseCache: resolved.responseCache,
  })
  const clientId = 'clientId' in resolved.credentials ? resolved.credentials.clientId : 'provider'
  const tokens = createTokenManager({
    credentials: resolved.credentials,
    transport,
    authServer: createAuthServerLookup(resolved, transport, logger),
    scope: resolved.scope,
    tokenStore: resolved.tokenStore,
    tokenStoreKey: `halo-token:${resolved.rootUrl}|${resolved.tenant ?? ''}|${clientId}|${resolved.scope}`,
    redactor,
    logger,
    timeoutMs: resolved.timeoutMs,
    retry: resolved.retry,
  })
  return { redactor, logger, transport, tokens }
}

/** The records of an operation's answer: under its envelope key when it has one. */
function recordsOf(operation: OperationDescriptor, data: unknown): unknown {
  return operation.listKey !== undefined && typeof data === 'object' && data !== null && !Array.isArray(data)
    ? ((data as Record<string, unknown>)[operation.listKey] ?? data)
    : data
}

/** A body on a GET or DELETE operation that takes none is the caller's mistake, named before sending. */
function checkNoBody(operation: OperationDescriptor, body: unknown): void {
  if (body === undefined || operation.body !== undefined) return
  if (operation.method !== 'GET' && operation.method !== 'DELETE') return
  throw new TypeError(
    `${operation.name} (${operation.method} ${operation.path}) takes no body; remove the body parameter (query parameters go as named parameters)`,
  )
}

/**
 * Builds a `HaloCore`: auth, transport, rate limiting, retries, pagination and raw access.
 * Options are checked here, so a misconfiguration fails at start-up rather than at the first call.
 * The steps: resolve the options, build the pipeline (`createPipeline`), the call sender
 * (`createApiCaller`), response validation and lists; then the core's methods on top.
 */
function createCore(options: HaloCoreOptions): HaloCore {
  const resolved = withResponseCache(resolveOptions(options), options)
  const { redactor, logger, transport, tokens } = createPipeline(resolved)
  const send = createApiCaller(resolved, transport)
  const validate = createResponseValidator(resolved, redactor, logger)
  const pagedList = createPagedLists(resolved, send, validate, logger)

  const raw = createRawCall(send)

  const core: HaloCore = {
    apiUrl: resolved.apiUrl,
    logger,

    async request<T = unknown>(
      operation: OperationDescriptor,
      params?: OperationParams,
      requestOptions?: RequestOptions,
    ) {
      const { path, rest } = buildOperationPath(operation, params ?? {})
      const { body, ...query } = rest
      checkNoBody(operation, body)
      const { status, data } = await send({
        method: operation.method,
        path,
        query,
        body: body === undefined ? undefined : encodeBody(body, operation.body ?? 'json'),
        options: requestOptions,
        operation: operation.name,
        route: operation.path,
      })
      if (operation.entity !== undefined && resolved.validate !== 'off')
        await validate(operation, recordsOf(operation, data), status, path)
      return data as T
    },

    list<T = unknown>(
      operation: OperationDescriptor,
      params?: OperationParams & ListControls,
      requestOptions?: RequestOptions,
    ): HaloList<T> {
      const { limit, ...wire } = params ?? {}
      let built: { readonly path: string; readonly rest: Record<string, unknown> } | undefined
      // Built on the first page request, so a bad path parameter rejects the list like any failure.
      const build = () => {
        built ??= buildOperationPath(operation, wire)
        return built
      }
      const query: Record<string, unknown> = { ...wire }
      delete query.body
      for (const match of operation.path.matchAll(/\{([^}]+)\}/g))
        if (match[1] !== undefined) delete query[match[1]]
      return pagedList<T>({
        what: operation.name,
        path: () => build().path,
        query,
        paged: operation.paged === true,
        listKey: operation.listKey,
        maxPageSize: operation.maxPageSize,
        limit: typeof limit === 'number' ? limit : undefined,
        options: requestOptions,
        operation,
      })
    },

    get: ((path: string, rawOptions?: RawCallOptions) =>
      raw('GET', path, undefined, rawOptions)) as HaloCore['get'],
    post: ((path: string, body?: unknown, rawOptions?: RawCallOptions) =>
      raw('POST', path, body, rawOptions)) as HaloCore['post'],
    put: ((path: string, body?: unknown, rawOptions?: RawCallOptions) =>
      raw('PUT', path, body, rawOptions)) as HaloCore['put'],
    patch: ((path: string, body?: unknown, rawOptions?: RawCallOptions) =>
      raw('PATCH', path, body, rawOptions)) as HaloCore['patch'],
    delete: ((path: string, rawOptions?: RawCallOptions) =>
      raw('DELETE', path, undefined, rawOptions)) as HaloCore['delete'],

    paginate<T = unknown>(path: string, paginateOptions?: PaginateOptions): HaloList<T> {
      let checked: string | undefined
      return pagedList<T>({
        what: `GET ${path}`,
        path: () => {
          checked ??= checkRawPath(path)
          return checked
        },
        query: paginateOptions?.query ?? {},
        paged: true,
        listKey: paginateOptions?.listKey,
        maxPageSize: paginateOptions?.maxPageSize,
        limit: paginateOptions?.limit,
        options: paginateOptions,
      })
    },

    getAccessToken: (tokenOptions) => tokens.getToken(tokenOptions?.signal),
  }
  rememberConcurrency(core, resolved.maxConcurrency)
  return core
}

/** `createHaloCore(options)`, and `createHaloCore.fromEnv(env?)` reading `HALO_*` variables. */
export interface CreateHaloCore {
  (options: HaloCoreOptions): HaloCore
  /** Options from `HALO_BASE_URL`, `HALO_CLIENT_ID`, `HALO_CLIENT_SECRET`, `HALO_TENANT`, `HALO_AUTH_URL`, `HALO_SCOPE`. */
  fromEnv(env?: Readonly<Record<string, string | undefined>>, overrides?: Partial<HaloCoreOptions>): HaloCore
}

/**
 * Builds a `HaloCore`: auth, transport, rate limiting, retries, pagination and raw access, with no
 * resources. Pass it to the domain packages' resource factories and generated operations.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { listTickets, tickets } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * await tickets(core).create({ tickettype_id: 1, summary: 'Server outage' })
 * for await (const ticket of listTickets(core, { open_only: true })) console.log(ticket.id)
 * ```
 *
 * @example From HALO_* environment variables
 * ```ts
 * const core = createHaloCore.fromEnv(process.env, { validate: 'warn' })
 * ```
 */
// The annotation lets bundlers drop this call when nothing uses createHaloCore: without it, any
// import from @halo/core (even `isHaloError`, or a generated operation) bundles the whole core.
export const createHaloCore: CreateHaloCore = /* @__PURE__ */ Object.assign(createCore, {
  fromEnv: (env?: Readonly<Record<string, string | undefined>>, overrides?: Partial<HaloCoreOptions>) =>
    createCore(haloOptionsFromEnv(env, overrides)),
})
