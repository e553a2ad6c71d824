// The client

// Auth
export {
  type ExchangeAuthorizationCodeOptions,
  exchangeAuthorizationCode,
} from './auth/exchange-authorization-code.js'
export {
  type AuthorizeUrlOptions,
  type AuthServerLocation,
  buildAuthorizeUrl,
  createCodeChallenge,
  createPkcePair,
  type PkcePair,
} from './auth/pkce.js'
export type {
  AccessToken,
  AuthorizationCodeAuth,
  HaloAuth,
  RefreshTokenAuth,
  TokenProvider,
} from './auth/token.js'
// Circuit breaker
export { HaloCircuitOpenError, isHaloCircuitOpenError } from './circuit-breaker/halo-circuit-open-error.js'
export { type CreateHaloCore, createHaloCore } from './create-halo-core.js'
// Errors
export { HALO_ERROR_KIND, type HaloErrorKind } from './errors/error-kind.js'
export { HaloAuthenticationError } from './errors/halo-authentication-error.js'
export { HaloConnectionError } from './errors/halo-connection-error.js'
export { HaloError, type HaloErrorDetails } from './errors/halo-error.js'
export { HaloPaginationError } from './errors/halo-pagination-error.js'
export { HaloPermissionError } from './errors/halo-permission-error.js'
export { HaloRateLimitError } from './errors/halo-rate-limit-error.js'
export { HaloResourceNotFound } from './errors/halo-resource-not-found.js'
export { HaloServerError } from './errors/halo-server-error.js'
export { HaloTimeoutError } from './errors/halo-timeout-error.js'
export { HaloUnexpectedResponseError } from './errors/halo-unexpected-response-error.js'
export { type FieldErrors, HaloValidationError } from './errors/halo-validation-error.js'
export {
  isHaloAuthenticationError,
  isHaloConnectionError,
  isHaloError,
  isHaloPaginationError,
  isHaloPermissionError,
  isHaloRateLimitError,
  isHaloResourceNotFound,
  isHaloServerError,
  isHaloTimeoutError,
  isHaloUnexpectedResponseError,
  isHaloValidationError,
} from './errors/predicates.js'
export type { HaloCore, NoWithResponse, PaginateOptions } from './halo-core.js'
// Lists
export {
  createHaloList,
  type HaloListOptions,
  type PageMismatch,
  type PageRequest,
} from './list/create-halo-list.js'
export { type ExtractedRecords, extractRecords } from './list/extract-records.js'
export type { HaloList, HaloPage } from './list/halo-list.js'
export {
  type RecordBatchText,
  type StreamedListSummary,
  type StreamRecordsOptions,
  streamRecords,
  streamRecordTexts,
} from './list/stream-records.js'
// Operations
export type {
  BodyKind,
  HttpMethod,
  ListControls,
  OperationDescriptor,
  OperationParams,
  PathParamKind,
} from './operation/descriptor.js'
// Options
export type { CircuitBreakerOptions } from './options/circuit-breaker-options.js'
export type {
  EntitySchema,
  EntitySchemaLoader,
  EntitySchemas,
  HaloCoreOptions,
  RateLimitOptions,
  ValidationMode,
} from './options/core-options.js'
export { HALO_ENV_VARIABLES, type HaloEnvironment, haloOptionsFromEnv } from './options/from-env.js'
export type {
  EndHookEvent,
  HaloHooks,
  RequestHookEvent,
  ResponseHookEvent,
  RetryHookEvent,
} from './options/hooks.js'
export type { HaloLogger, LogLevel } from './options/logger.js'
export type { RawRequestOptions, RequestOptions, ResponseType } from './options/request-options.js'
export {
  DEFAULT_CIRCUIT_BREAKER,
  DEFAULT_MAX_CONCURRENCY,
  DEFAULT_RATE_LIMIT,
  DEFAULT_RETRY,
  DEFAULT_SCOPE,
  DEFAULT_TIMEOUT_MS,
} from './options/resolve-options.js'
export type { RetryOptions } from './options/retry-options.js'
export type { HaloResponse, WithResponseOption } from './options/with-response.js'
// Rate limiting
export { inFlightLeaseMs } from './rate-limit/in-flight-lease.js'
export { MemoryRateLimitStore, type MemoryRateLimitStoreOptions } from './rate-limit/memory-store.js'
export { parseRateLimitText } from './rate-limit/parse-rate-limit-text.js'
export {
  type CreateRateLimiterOptions,
  createRateLimiter,
  type RateLimiter,
} from './rate-limit/rate-limiter.js'
export type { RateLimitStore, SlotDecision, TokenStore } from './rate-limit/store.js'
export { REDACTED, redactText } from './redaction/redact-text.js'
// Redaction
export { createRedactor, type Redactor } from './redaction/redactor.js'
// The resource toolkit (crudMethods, recordDecorator, withMethods …) is on its own entry point,
// `@halo/core/resource`, for code that builds resources. What an app catches stays here too.
export { NameLookupError } from './resource/name-lookup-cache/name-lookup-cache.js'
// Response cache (the `cache` option)
export {
  type CachedResponse,
  DEFAULT_CACHED_RESOURCES,
  DEFAULT_RESPONSE_CACHE_TTL_MS,
  MemoryResponseCacheStore,
  type MemoryResponseCacheStoreOptions,
  type ResponseCacheOptions,
  type ResponseCacheStore,
} from './resource/response-cache/index.js'
