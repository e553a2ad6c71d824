/**
 * Errors carry their kind under a registry symbol rather than relying on `instanceof`: two copies
 * of `@halo/core` in one app (duplicate installs, CJS and ESM side by side) share `Symbol.for`
 * keys but not classes, so predicates keep working across them.
 */
export const HALO_ERROR_KIND: unique symbol = Symbol.for('halo.error.kind') as never

/** Every kind of Halo error, one per class. */
export type HaloErrorKind =
  | 'halo'
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'validation'
  | 'rate_limit'
  | 'server'
  | 'connection'
  | 'timeout'
  | 'pagination'
  | 'unexpected_response'
  | 'circuit_open'

/** Class names by kind (bundlers may rename classes, so `name` is never taken from the constructor). */
export const HALO_ERROR_NAMES: Readonly<Record<HaloErrorKind, string>> = {
  halo: 'HaloError',
  authentication: 'HaloAuthenticationError',
  permission: 'HaloPermissionError',
  not_found: 'HaloResourceNotFound',
  validation: 'HaloValidationError',
  rate_limit: 'HaloRateLimitError',
  server: 'HaloServerError',
  connection: 'HaloConnectionError',
  timeout: 'HaloTimeoutError',
  pagination: 'HaloPaginationError',
  unexpected_response: 'HaloUnexpectedResponseError',
  circuit_open: 'HaloCircuitOpenError',
}
