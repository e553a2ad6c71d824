export type {
  AccessToken,
  AuthorizationCodeAuth,
  HaloAuth,
  RefreshTokenAuth,
  TokenProvider,
} from './auth/token.js'
export type { HaloCore, PaginateOptions } from './halo-core.js'
export type { HaloList, HaloPage } from './list/halo-list.js'
export type {
  BodyKind,
  HttpMethod,
  ListControls,
  OperationDescriptor,
  OperationParams,
  PathParamKind,
} from './operation/descriptor.js'
export type {
  EntitySchema,
  HaloCoreOptions,
  RateLimitOptions,
  ValidationMode,
} from './options/core-options.js'
export type { HaloHooks, RequestHookEvent, ResponseHookEvent, RetryHookEvent } from './options/hooks.js'
export type { HaloLogger, LogLevel } from './options/logger.js'
export type { RawRequestOptions, RequestOptions, ResponseType } from './options/request-options.js'
export type { RetryOptions } from './options/retry-options.js'
export type { RateLimitStore, SlotDecision, TokenStore } from './rate-limit/store.js'
