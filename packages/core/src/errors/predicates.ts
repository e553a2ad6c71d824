import { HALO_ERROR_KIND, HALO_ERROR_NAMES, type HaloErrorKind } from './error-kind.js'
import type { HaloAuthenticationError } from './halo-authentication-error.js'
import type { HaloConnectionError } from './halo-connection-error.js'
import type { HaloError } from './halo-error.js'
import type { HaloPaginationError } from './halo-pagination-error.js'
import type { HaloPermissionError } from './halo-permission-error.js'
import type { HaloRateLimitError } from './halo-rate-limit-error.js'
import type { HaloResourceNotFound } from './halo-resource-not-found.js'
import type { HaloServerError } from './halo-server-error.js'
import type { HaloTimeoutError } from './halo-timeout-error.js'
import type { HaloUnexpectedResponseError } from './halo-unexpected-response-error.js'
import type { HaloValidationError } from './halo-validation-error.js'

function kindOf(value: unknown): HaloErrorKind | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const kind = (value as { [HALO_ERROR_KIND]?: unknown })[HALO_ERROR_KIND]
  return typeof kind === 'string' && kind in HALO_ERROR_NAMES ? (kind as HaloErrorKind) : undefined
}

/** True for every error the client throws, whichever copy of `@halo/core` built it. */
export function isHaloError(value: unknown): value is HaloError {
  return kindOf(value) !== undefined
}
export function isHaloAuthenticationError(value: unknown): value is HaloAuthenticationError {
  return kindOf(value) === 'authentication'
}
export function isHaloPermissionError(value: unknown): value is HaloPermissionError {
  return kindOf(value) === 'permission'
}
export function isHaloResourceNotFound(value: unknown): value is HaloResourceNotFound {
  return kindOf(value) === 'not_found'
}
export function isHaloValidationError(value: unknown): value is HaloValidationError {
  return kindOf(value) === 'validation'
}
export function isHaloRateLimitError(value: unknown): value is HaloRateLimitError {
  return kindOf(value) === 'rate_limit'
}
export function isHaloServerError(value: unknown): value is HaloServerError {
  return kindOf(value) === 'server'
}
export function isHaloConnectionError(value: unknown): value is HaloConnectionError {
  return kindOf(value) === 'connection'
}
export function isHaloTimeoutError(value: unknown): value is HaloTimeoutError {
  return kindOf(value) === 'timeout'
}
export function isHaloPaginationError(value: unknown): value is HaloPaginationError {
  return kindOf(value) === 'pagination'
}
export function isHaloUnexpectedResponseError(value: unknown): value is HaloUnexpectedResponseError {
  return kindOf(value) === 'unexpected_response'
}
