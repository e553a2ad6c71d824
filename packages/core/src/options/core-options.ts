import type { HaloAuth } from '../auth/token.js'
import type { RateLimitStore, TokenStore } from '../rate-limit/store.js'
import type { ResponseCacheOptions } from '../resource/response-cache/response-cache-options.js'
import type { CircuitBreakerOptions } from './circuit-breaker-options.js'
import type { HaloHooks } from './hooks.js'
import type { HaloLogger } from './logger.js'
import type { RetryOptions } from './retry-options.js'

/** Response validation against the valibot schemas of the domain packages. */
export type ValidationMode = 'off' | 'warn' | 'strict'

/** A rolling window: at most `requests` in any `windowMs`. */
export interface RateLimitOptions {
  readonly requests: number
  readonly windowMs: number
}

/**
 * A valibot schema of one entity (loose: unknown fields pass through), as the domain packages' `/schemas`
 * entries export them. Declared by the shape every valibot schema has rather than as valibot's
 * `GenericSchema`, so a program importing the library does not type-check valibot's 16,000 lines of
 * declarations (most of what the library cost a consumer's `tsc`; see docs/PERFORMANCE.md).
 */
export interface EntitySchema {
  readonly kind: 'schema'
  readonly async: false
  readonly '~standard': { readonly version: 1; readonly vendor: string }
}

/** Entity schemas by component name, as the domain packages' `/schemas` entries export them. */
export type EntitySchemas = Readonly<Record<string, EntitySchema>>

/**
 * Loads entity schemas on demand (e.g. with a dynamic `import()`), so code that never validates
 * never loads them. Called once, when a first response must be validated; a rejection fails that
 * call (`'strict'`) or is logged (`'warn'`), and the next validation tries again.
 */
export type EntitySchemaLoader = () => Promise<EntitySchemas>

/** Options of `createHaloCore` and `new HaloClient`. */
export interface HaloCoreOptions {
  /** Instance root, with or without a trailing `/api`: `https://acme.halopsa.com`. */
  readonly baseUrl: string
  /** OAuth2 client-credentials application id. Required unless `auth` is given. */
  readonly clientId?: string | undefined
  /** OAuth2 client-credentials secret. Required unless `auth` is given. */
  readonly clientSecret?: string | undefined
  /** Hosted tenant, sent as `?tenant=` on the token URL. Default: discovered from AuthInfo. */
  readonly tenant?: string | undefined
  /** Authorisation server; the token is requested at `{authUrl}/token`. Default: discovered. */
  readonly authUrl?: string | undefined
  /** Space-separated scopes. Default `'all'`. */
  readonly scope?: string | undefined
  /** Alternative credentials: authorization code, refresh token or a custom token provider. */
  readonly auth?: HaloAuth | undefined
  /** Rolling request window per tenant, or `false`. Default 500 per 300 000 ms. */
  readonly rateLimit?: RateLimitOptions | false | undefined
  /** Where the window is counted. Default: in memory. */
  readonly rateLimitStore?: RateLimitStore | undefined
  /** Where the access token is cached. Default: in memory. */
  readonly tokenStore?: TokenStore | undefined
  /** Retry settings, or `false` to never retry. */
  readonly retry?: Partial<RetryOptions> | false | undefined
  /**
   * Stop calling a host that keeps failing: after `failureThreshold` failed attempts in a row, calls
   * fail at once with `HaloCircuitOpenError` for `cooldownMs`, then one probe call tests it.
   * `false` turns it off. Default `{ failureThreshold: 10, cooldownMs: 30 000 }`.
   */
  readonly circuitBreaker?: Partial<CircuitBreakerOptions> | false | undefined
  /** Requests in flight at once. Default 8. */
  readonly maxConcurrency?: number | undefined
  /** Per attempt, covering headers and body. Default 30 000. */
  readonly timeoutMs?: number | undefined
  /**
   * The most a whole call may take, limiter waits, token request, every attempt and backoff
   * included; it then ends in `HaloTimeoutError`. Default: no bound beyond the retry rules.
   */
  readonly deadlineMs?: number | undefined
  /**
   * The longest a call may queue in the rate limiter (for a window slot or a concurrency slot)
   * before it ends in `HaloRateLimitError`; `Infinity` to queue without bound (bulk work that
   * accepts waiting for many windows). Default 600 000 (ten minutes: two of Halo's windows).
   */
  readonly maxRateLimitWaitMs?: number | undefined
  /**
   * The largest response body read into memory; a larger one ends in
   * `HaloUnexpectedResponseError` once the cap is passed (nothing more is read). Streams
   * (`responseType: 'stream'`) are exempt. Default 64 MiB.
   */
  readonly maxResponseBytes?: number | undefined
  /** Permit an `http://` base URL that is not loopback. Default `false`. */
  readonly allowInsecureHttp?: boolean | undefined
  /** A fetch implementation. Default: `globalThis.fetch`, looked up at call time. */
  readonly fetch?: typeof globalThis.fetch | undefined
  readonly logger?: HaloLogger | undefined
  readonly hooks?: HaloHooks | undefined
  /** Runtime validation of responses. Default `'off'`. */
  readonly validate?: ValidationMode | undefined
  /**
   * Entity schemas by component name (from the domain packages' `/schemas` entry), or a function
   * loading them the first time a response is validated: `() => import('@halo/tickets/schemas').then((m) => m.schemas)`.
   * Only used when `validate` is not `'off'`.
   */
  readonly schemas?: EntitySchemas | EntitySchemaLoader | undefined
  /** Extra headers sent with every API request. */
  readonly headers?: Readonly<Record<string, string>> | undefined
  /**
   * Opt-in caching of reference data (ticket types, statuses, priorities, categories, lookups, agents,
   * teams …) for `ttlMs`, cleared by the library's own writes; see `ResponseCacheOptions`.
   */
  readonly cache?: ResponseCacheOptions | undefined
}
