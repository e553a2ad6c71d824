import type { HaloAuth } from '../auth/token.js'
import { loggerFromEnv } from '../observability/log-from-env.js'
import type { RateLimitStore, TokenStore } from '../rate-limit/store.js'
import { resolveAuthUrl, resolveInstanceUrls } from './base-url.js'
import type { CircuitBreakerOptions } from './circuit-breaker-options.js'
import type {
  EntitySchemaLoader,
  EntitySchemas,
  HaloCoreOptions,
  RateLimitOptions,
  ValidationMode,
} from './core-options.js'
import type { HaloHooks } from './hooks.js'
import type { HaloLogger } from './logger.js'
import type { RetryOptions } from './retry-options.js'

/** Halo's documented hosted budget is 300 per rolling 5 minutes; the contract's default is 500. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { requests: 500, windowMs: 300_000 }

/**
 * Three retries after the first attempt; backoff from 500 ms doubling with full jitter, never more
 * than a minute per wait (a `Retry-After` is capped by the same figure).
 */
export const DEFAULT_RETRY: RetryOptions = {
  retries: 3,
  baseDelayMs: 500,
  maxDelayMs: 60_000,
  retryUnsafeWrites: false,
}

/**
 * Ten failed attempts in a row (about three calls' worth of retries) open a host's circuit for
 * thirty seconds: long enough to stop hammering an instance that is down, short enough that a
 * blip costs little.
 */
export const DEFAULT_CIRCUIT_BREAKER: CircuitBreakerOptions = { failureThreshold: 10, cooldownMs: 30_000 }

export const DEFAULT_MAX_CONCURRENCY = 8
export const DEFAULT_TIMEOUT_MS = 30_000
/** Two of Halo's five-minute windows: a queue longer than that is a stuck client, not a busy one. */
export const DEFAULT_MAX_RATE_LIMIT_WAIT_MS = 600_000
/** Generous for any JSON page Halo sends (a 100-ticket page is well under 1 MiB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
export const DEFAULT_SCOPE = 'all'

/** Client-credentials, the default grant. */
export interface ClientCredentials {
  readonly type: 'client_credentials'
  readonly clientId: string
  readonly clientSecret: string
}

/** Every option with its default applied, checked once at construction. */
export interface ResolvedOptions {
  readonly rootUrl: string
  readonly apiUrl: string
  /** Only when given; otherwise discovered. */
  readonly authUrl: string | undefined
  readonly tenant: string | undefined
  readonly scope: string
  readonly credentials: ClientCredentials | HaloAuth
  readonly rateLimit: RateLimitOptions | false
  readonly rateLimitStore: RateLimitStore | undefined
  readonly tokenStore: TokenStore | undefined
  readonly retry: RetryOptions | false
  readonly circuitBreaker: CircuitBreakerOptions | false
  readonly maxConcurrency: number
  readonly timeoutMs: number
  /** No bound when undefined. */
  readonly deadlineMs: number | undefined
  readonly maxRateLimitWaitMs: number
  readonly maxResponseBytes: number
  readonly allowInsecureHttp: boolean
  /** Looked up at every call so that test doubles installed later (msw) are honoured. */
  readonly fetch: () => typeof globalThis.fetch
  readonly logger: HaloLogger | undefined
  readonly hooks: HaloHooks
  readonly validate: ValidationMode
  readonly schemas: EntitySchemas | EntitySchemaLoader
  readonly headers: Readonly<Record<string, string>>
}

const VALIDATION_MODES: readonly ValidationMode[] = ['off', 'warn', 'strict']

function positiveInteger(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new TypeError(`${name} must be a positive integer, got ${String(value)}`)
  }
  return value
}

/** A duration in ms that must be > 0 (`Infinity` allowed: no bound); undefined when not given. */
export function positiveDuration(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw new TypeError(`${name} must be a number of milliseconds > 0 (or Infinity), got ${String(value)}`)
  }
  return value
}

function nonNegative(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`${name} must be a number ≥ 0, got ${String(value)}`)
  }
  return value
}

/** Merges retry settings over a base; `false` turns retries off. */
export function resolveRetry(
  base: RetryOptions | false,
  override: Partial<RetryOptions> | false | undefined,
): RetryOptions | false {
  if (override === false) return false
  if (override === undefined) return base
  const from = base === false ? DEFAULT_RETRY : base
  return {
    retries: nonNegative(override.retries, 'retry.retries', from.retries),
    baseDelayMs: nonNegative(override.baseDelayMs, 'retry.baseDelayMs', from.baseDelayMs),
    maxDelayMs: nonNegative(override.maxDelayMs, 'retry.maxDelayMs', from.maxDelayMs),
    retryUnsafeWrites: override.retryUnsafeWrites ?? from.retryUnsafeWrites,
  }
}

function resolveCircuitBreaker(
  circuitBreaker: Partial<CircuitBreakerOptions> | false | undefined,
): CircuitBreakerOptions | false {
  if (circuitBreaker === false) return false
  if (circuitBreaker === undefined) return DEFAULT_CIRCUIT_BREAKER
  if (typeof circuitBreaker !== 'object' || circuitBreaker === null) {
    throw new TypeError('circuitBreaker must be { failureThreshold, cooldownMs } or false')
  }
  return {
    failureThreshold: positiveInteger(
      circuitBreaker.failureThreshold,
      'circuitBreaker.failureThreshold',
      DEFAULT_CIRCUIT_BREAKER.failureThreshold,
    ),
    cooldownMs: nonNegative(
      circuitBreaker.cooldownMs,
      'circuitBreaker.cooldownMs',
      DEFAULT_CIRCUIT_BREAKER.cooldownMs,
    ),
  }
}

function resolveRateLimit(rateLimit: RateLimitOptions | false | undefined): RateLimitOptions | false {
  if (rateLimit === false) return false
  if (rateLimit === undefined) return DEFAULT_RATE_LIMIT
  return {
    requests: positiveInteger(rateLimit.requests, 'rateLimit.requests', DEFAULT_RATE_LIMIT.requests),
    windowMs: positiveInteger(rateLimit.windowMs, 'rateLimit.windowMs', DEFAULT_RATE_LIMIT.windowMs),
  }
}

function resolveCredentials(options: HaloCoreOptions): ClientCredentials | HaloAuth {
  if (options.auth !== undefined) return options.auth
  const missing = [
    options.clientId ? undefined : 'clientId',
    options.clientSecret ? undefined : 'clientSecret',
  ].filter((name) => name !== undefined)
  if (missing.length > 0) {
    throw new TypeError(
      `Missing option${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}: pass the client id and ` +
        'secret of a Halo API application (Configuration > Integrations > Halo API), or an `auth` option ' +
        '(authorization code, refresh token or a token provider).',
    )
  }
  return {
    type: 'client_credentials',
    clientId: options.clientId as string,
    clientSecret: options.clientSecret as string,
  }
}

/** Applies every default and rejects what cannot work, with a message naming the option. */
export function resolveOptions(options: HaloCoreOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('createHaloCore needs an options object: { baseUrl, clientId, clientSecret }')
  }
  if (typeof options.baseUrl !== 'string' || options.baseUrl.trim() === '') {
    throw new TypeError('Missing option baseUrl: the instance root, e.g. https://acme.halopsa.com')
  }
  const allowInsecureHttp = options.allowInsecureHttp === true
  const { rootUrl, apiUrl } = resolveInstanceUrls(options.baseUrl, allowInsecureHttp)
  const validate = options.validate ?? 'off'
  if (!VALIDATION_MODES.includes(validate)) {
    throw new TypeError(`validate must be 'off', 'warn' or 'strict', got ${JSON.stringify(validate)}`)
  }
  const userFetch = options.fetch
  if (userFetch !== undefined && typeof userFetch !== 'function')
    throw new TypeError('fetch must be a function')
  const tenant = options.tenant?.trim()
  return {
    rootUrl,
    apiUrl,
    authUrl: options.authUrl === undefined ? undefined : resolveAuthUrl(options.authUrl, allowInsecureHttp),
    tenant: tenant === '' ? undefined : tenant,
    scope: options.scope?.trim() || DEFAULT_SCOPE,
    credentials: resolveCredentials(options),
    rateLimit: resolveRateLimit(options.rateLimit),
    rateLimitStore: options.rateLimitStore,
    tokenStore: options.tokenStore,
    retry: resolveRetry(DEFAULT_RETRY, options.retry),
    circuitBreaker: resolveCircuitBreaker(options.circuitBreaker),
    maxConcurrency: positiveInteger(options.maxConcurrency, 'maxConcurrency', DEFAULT_MAX_CONCURRENCY),
    timeoutMs: positiveInteger(options.timeoutMs, 'timeoutMs', DEFAULT_TIMEOUT_MS),
    deadlineMs: positiveDuration(options.deadlineMs, 'deadlineMs'),
    maxRateLimitWaitMs:
      positiveDuration(options.maxRateLimitWaitMs, 'maxRateLimitWaitMs') ?? DEFAULT_MAX_RATE_LIMIT_WAIT_MS,
    maxResponseBytes: positiveInteger(
      options.maxResponseBytes,
      'maxResponseBytes',
      DEFAULT_MAX_RESPONSE_BYTES,
    ),
    allowInsecureHttp,
    fetch: () => userFetch ?? globalThis.fetch,
    // An explicit logger wins; otherwise HALO_LOG may ask for the console.
    logger: options.logger ?? loggerFromEnv(),
    hooks: options.hooks ?? {},
    validate,
    schemas: checkSchemas(options.schemas),
    headers: options.headers ?? {},
  }
}

function checkSchemas(schemas: HaloCoreOptions['schemas']): EntitySchemas | EntitySchemaLoader {
  if (schemas === undefined) return {}
  if (typeof schemas !== 'function' && (typeof schemas !== 'object' || schemas === null)) {
    throw new TypeError(
      'schemas must be a record of valibot schemas by entity name, or a function loading one',
    )
  }
  return schemas
}
