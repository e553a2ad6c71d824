import { type AuthServer, discoverAuthServer } from './auth/discover-auth-server.js'
import { createTokenManager } from './auth/token-manager.js'
import { createCircuitBreaker } from './circuit-breaker/circuit-breaker.js'
import { HaloPaginationError } from './errors/halo-pagination-error.js'
import { HaloValidationError } from './errors/halo-validation-error.js'
import { isHaloValidationError } from './errors/predicates.js'
import type { HaloCore, PaginateOptions } from './halo-core.js'
import { createHaloList, type PageMismatch } from './list/create-halo-list.js'
import { extractRecords } from './list/extract-records.js'
import type { HaloList } from './list/halo-list.js'
import type {
  HttpMethod,
  ListControls,
  OperationDescriptor,
  OperationParams,
} from './operation/descriptor.js'
import type { EntitySchemaLoader, EntitySchemas, HaloCoreOptions } from './options/core-options.js'
import { haloOptionsFromEnv } from './options/from-env.js'
import type { RawRequestOptions, RequestOptions, ResponseType } from './options/request-options.js'
import { positiveDuration, resolveOptions, resolveRetry } from './options/resolve-options.js'
import { MemoryRateLimitStore } from './rate-limit/memory-store.js'
import { createRateLimiter } from './rate-limit/rate-limiter.js'
import { createRedactingLogger } from './redaction/redacting-logger.js'
import { createRedactor } from './redaction/redactor.js'
import { buildOperationPath, checkRawPath } from './transport/build-path.js'
import { type EncodedBody, encodeBody } from './transport/encode-body.js'
import { joinUrl, serializeQuery } from './transport/serialize-query.js'
import { createTransport } from './transport/transport.js'
import { validateRecords } from './validation/validate-response.js'

/** Largest page size asked for when an operation does not say (Halo documents 100 for tickets). */
const DEFAULT_MAX_PAGE_SIZE = 100
/** Paging parameters the list sets itself; a caller's `page_size` / `page_no` are read, then replaced. */
const PAGING_PARAMS = ['pageinate', 'page_no', 'page_size'] as const

interface SendOptions {
  readonly method: HttpMethod
  readonly path: string
  readonly query?: Readonly<Record<string, unknown>> | undefined
  readonly body?: EncodedBody | undefined
  readonly responseType?: ResponseType | undefined
  readonly options: RequestOptions | undefined
  readonly operation?: string | undefined
}

function positiveWholeNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined
}

/**
 * Builds a `HaloCore`: auth, transport, rate limiting, retries, pagination and raw access.
 * Options are checked here, so a misconfiguration fails at start-up rather than at the first call.
 */
function createCore(options: HaloCoreOptions): HaloCore {
  const resolved = resolveOptions(options)
  const redactor = createRedactor(
    resolved.credentials.type === 'client_credentials' ? [resolved.credentials.clientSecret] : [],
  )
  const logger = createRedactingLogger(resolved.logger, redactor)
  // One budget per tenant (or per API host when the tenant is not known up front).
  const limiterKey = `halo:${resolved.tenant ?? new URL(resolved.apiUrl).host}`
  const limiter = createRateLimiter({
    key: limiterKey,
    rateLimit: resolved.rateLimit,
    store: resolved.rateLimitStore ?? new MemoryRateLimitStore(),
    maxConcurrency: resolved.maxConcurrency,
    onSettleError: (error) =>
      logger.warn('The rate-limit store could not settle a slot; it stays counted from its grant', { error }),
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
  })

  // Discovery runs once; only a successful answer is kept, so a transient failure is tried again
  // with the next token request (until then the `{root}/auth` fallback is used).
  let discovered: Promise<AuthServer> | undefined
  const authServer = async (): Promise<AuthServer> => {
    if (resolved.authUrl !== undefined)
      return { authUrl: resolved.authUrl, tenant: resolved.tenant, discovered: false }
    discovered ??= discoverAuthServer({
      transport,
      rootUrl: resolved.rootUrl,
      allowInsecureHttp: resolved.allowInsecureHttp,
      timeoutMs: resolved.timeoutMs,
      retry: resolved.retry,
      logger,
    }).then((server) => {
      if (!server.discovered) discovered = undefined
      return server
    })
    const server = await discovered
    return { ...server, tenant: resolved.tenant ?? server.tenant }
  }

  const clientId = 'clientId' in resolved.credentials ? resolved.credentials.clientId : 'provider'
  const tokens = createTokenManager({
    credentials: resolved.credentials,
    transport,
    authServer,
    scope: resolved.scope,
    tokenStore: resolved.tokenStore,
    tokenStoreKey: `halo-token:${resolved.rootUrl}|${resolved.tenant ?? ''}|${clientId}|${resolved.scope}`,
    redactor,
    logger,
    timeoutMs: resolved.timeoutMs,
    retry: resolved.retry,
  })

  const timeoutOf = (requestOptions: RequestOptions | undefined): number => {
    const timeoutMs = requestOptions?.timeoutMs
    if (timeoutMs === undefined) return resolved.timeoutMs
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
      throw new TypeError(`timeoutMs must be > 0, got ${timeoutMs}`)
    return timeoutMs
  }

  // Every API URL is the API URL plus a checked relative path, so its host and origin are known.
  const apiTarget = (() => {
    const parsed = new URL(resolved.apiUrl)
    return { host: parsed.host, origin: parsed.origin }
  })()

  // Not async: callers are, so a synchronous throw (a bad query value) still becomes a rejection.
  function send(request: SendOptions): Promise<{ readonly status: number; readonly data: unknown }> {
    const url = joinUrl(resolved.apiUrl, request.path, serializeQuery(request.query))
    const requestOptions = request.options
    return transport.execute({
      kind: 'api',
      method: request.method,
      url,
      target: apiTarget,
      headers: requestOptions?.headers,
      body: request.body,
      responseType: request.responseType,
      signal: requestOptions?.signal,
      timeoutMs: timeoutOf(requestOptions),
      deadlineMs: positiveDuration(requestOptions?.deadlineMs, 'deadlineMs') ?? resolved.deadlineMs,
      maxRateLimitWaitMs:
        positiveDuration(requestOptions?.maxRateLimitWaitMs, 'maxRateLimitWaitMs') ??
        resolved.maxRateLimitWaitMs,
      retry: resolveRetry(resolved.retry, requestOptions?.retry),
      operation: request.operation,
    })
  }

  // Schemas given as a loader are loaded once, the first time a response must be validated; until
  // then (and with validation off, ever) nothing of them is imported.
  let loadedSchemas: EntitySchemas | undefined =
    typeof resolved.schemas === 'function' ? undefined : resolved.schemas
  let loadingSchemas: Promise<EntitySchemas> | undefined
  const schemas = (): EntitySchemas | Promise<EntitySchemas> => {
    if (loadedSchemas !== undefined) return loadedSchemas
    const load = resolved.schemas as EntitySchemaLoader
    loadingSchemas ??= Promise.resolve()
      .then(load)
      .then(
        (loaded) => {
          if (typeof loaded !== 'object' || loaded === null)
            throw new TypeError(
              'the schemas loader must resolve to a record of valibot schemas by entity name',
            )
          loadedSchemas = loaded
          return loaded
        },
        (error: unknown) => {
          // Not kept: the next validation tries again.
          loadingSchemas = undefined
          throw error
        },
      )
    return loadingSchemas
  }

  const validate = async (
    operation: OperationDescriptor,
    records: unknown,
    status: number,
    url: string,
  ): Promise<void> => {
    if (operation.entity === undefined || resolved.validate === 'off') return
    let available: EntitySchemas
    try {
      const pending = schemas()
      available = pending instanceof Promise ? await pending : pending
    } catch (error) {
      if (resolved.validate === 'warn') {
        logger.warn('The response schemas could not be loaded; this response was not validated', { error })
        return
      }
      throw new HaloValidationError(
        `The response of ${operation.method} ${redactor.redactString(url)} could not be validated: the schemas failed to load (${redactor.redactString(error instanceof Error ? error.message : String(error))}).`,
        { status, method: operation.method, url: redactor.redactString(url), source: 'schema' },
      )
    }
    try {
      validateRecords(
        records,
        { entity: operation.entity, method: operation.method, url, status },
        { mode: resolved.validate, schemas: available, logger },
      )
    } catch (error) {
      // Schema issues quote the values received, and a hostile server may echo a secret into them.
      if (!isHaloValidationError(error)) throw error
      throw new HaloValidationError(redactor.redactString(error.message), {
        status: error.status,
        method: error.method,
        url: error.url,
        errors: redactor.redactValue(error.errors),
        source: error.source,
      })
    }
  }

  function mismatchHandler(what: string): (mismatch: PageMismatch) => void {
    return (mismatch) => {
      const message = `${what}: ${mismatch.reason}`
      if (resolved.validate === 'strict') {
        throw new HaloPaginationError(
          `${message}. The list may be incomplete or hold duplicates; records may have changed while paging.`,
          { recordCount: mismatch.recordCount, fetched: mismatch.fetched },
        )
      }
      logger.warn(message, { recordCount: mismatch.recordCount, fetched: mismatch.fetched })
    }
  }

  function pagedList<T>(config: {
    readonly what: string
    readonly path: () => string
    readonly query: Readonly<Record<string, unknown>>
    readonly paged: boolean
    readonly listKey: string | undefined
    readonly maxPageSize: number | undefined
    readonly limit: number | undefined
    readonly options: RequestOptions | undefined
    readonly operation?: OperationDescriptor | undefined
  }): HaloList<T> {
    const maxPageSize = config.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE
    const query: Record<string, unknown> = { ...config.query }
    const askedSize = positiveWholeNumber(query.page_size)
    const startPage = positiveWholeNumber(query.page_no)
    for (const name of PAGING_PARAMS) delete query[name]
    const signal = config.options?.signal
    return createHaloList<T>(
      async (page) => {
        const pageQuery = config.paged
          ? { ...query, pageinate: true, page_no: page.pageNo, page_size: page.pageSize }
          : query
        const { status, data } = await send({
          method: 'GET',
          path: config.path(),
          query: pageQuery,
          options: page.signal === undefined ? config.options : { ...config.options, signal: page.signal },
          operation: config.operation?.name,
        })
        if (config.operation !== undefined && resolved.validate !== 'off') {
          await validate(
            config.operation,
            extractRecords(data, config.listKey).records,
            status,
            config.path(),
          )
        }
        return data
      },
      {
        paged: config.paged,
        ...(config.listKey === undefined ? {} : { listKey: config.listKey }),
        pageSize: Math.min(askedSize ?? maxPageSize, maxPageSize),
        ...(config.limit === undefined ? {} : { limit: config.limit }),
        ...(startPage === undefined ? {} : { startPage }),
        ...(signal === undefined ? {} : { signal }),
        onMismatch: mismatchHandler(config.what),
      },
    )
  }

  function raw<T>(
    method: HttpMethod,
    path: string,
    body: unknown,
    rawOptions: RawRequestOptions | undefined,
  ): Promise<T> {
    return (async () => {
      const checked = checkRawPath(path)
      const { data } = await send({
        method,
        path: checked,
        query: rawOptions?.query,
        body: body === undefined ? undefined : encodeBody(body, 'json'),
        responseType: rawOptions?.responseType,
        options: rawOptions,
      })
      return data as T
    })()
  }

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
      if (
        body !== undefined &&
        operation.body === undefined &&
        (operation.method === 'GET' || operation.method === 'DELETE')
      ) {
        throw new TypeError(
          `${operation.name} (${operation.method} ${operation.path}) takes no body; remove the body parameter (query parameters go as named parameters)`,
        )
      }
      const { status, data } = await send({
        method: operation.method,
        path,
        query,
        body: body === undefined ? undefined : encodeBody(body, operation.body ?? 'json'),
        options: requestOptions,
        operation: operation.name,
      })
      if (operation.entity !== undefined && resolved.validate !== 'off') {
        const records =
          operation.listKey !== undefined && typeof data === 'object' && data !== null && !Array.isArray(data)
            ? ((data as Record<string, unknown>)[operation.listKey] ?? data)
            : data
        await validate(operation, records, status, path)
      }
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

    get: <T = unknown>(path: string, rawOptions?: RawRequestOptions) =>
      raw<T>('GET', path, undefined, rawOptions),
    post: <T = unknown>(path: string, body?: unknown, rawOptions?: RawRequestOptions) =>
      raw<T>('POST', path, body, rawOptions),
    put: <T = unknown>(path: string, body?: unknown, rawOptions?: RawRequestOptions) =>
      raw<T>('PUT', path, body, rawOptions),
    patch: <T = unknown>(path: string, body?: unknown, rawOptions?: RawRequestOptions) =>
      raw<T>('PATCH', path, body, rawOptions),
    delete: <T = unknown>(path: string, rawOptions?: RawRequestOptions) =>
      raw<T>('DELETE', path, undefined, rawOptions),

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
