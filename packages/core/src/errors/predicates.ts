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

// One predicate per kind, all made here: each reads the kind the error carries under the registry
// symbol, so they agree across copies of @halo/core where `instanceof` would not.
function isKind<TError extends HaloError>(kind: HaloErrorKind) {
  return (value: unknown): value is TError => kindOf(value) === kind
}

function kindOf(value: unknown): HaloErrorKind | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const kind = (value as { [HALO_ERROR_KIND]?: unknown })[HALO_ERROR_KIND]
  return typeof kind === 'string' && kind in HALO_ERROR_NAMES ? (kind as HaloErrorKind) : undefined
}

/**
 * True for every error the client throws, whichever copy of `@halo/core` built it.
 *
 * @example
 * ```ts
 * import { createHaloCore, isHaloError } from '@halo/core'
 * import { tickets } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * try {
 *   await tickets(core).create({ tickettype_id: 1, summary: 'Server outage' })
 * } catch (error) {
 *   // Not `instanceof HaloError`, which is false when two copies of @halo/core are installed.
 *   if (!isHaloError(error)) throw error
 *   console.error(error.name, error.status, error.method, error.url)
 * }
 * ```
 */
export function isHaloError(value: unknown): value is HaloError {
  return kindOf(value) !== undefined
}
export const isHaloAuthenticationError = isKind<HaloAuthenticationError>('authentication')
export const isHaloPermissionError = isKind<HaloPermissionError>('permission')
/**
 * True for a `HaloResourceNotFound`: Halo answered 404.
 *
 * @example
 * ```ts
 * import { createHaloCore, isHaloResourceNotFound } from '@halo/core'
 * import { tickets } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * async function findTicket(id: number) {
 *   try {
 *     return await tickets(core).get(id)
 *   } catch (error) {
 *     // A missing ticket is an answer here; every other failure still throws.
 *     if (isHaloResourceNotFound(error)) return undefined
 *     throw error
 *   }
 * }
 * ```
 */
export const isHaloResourceNotFound = isKind<HaloResourceNotFound>('not_found')
/**
 * True for a `HaloValidationError`: Halo refused the request (400), or a response failed its schema
 * under `validate: 'strict'`.
 *
 * @example
 * ```ts
 * import { createHaloCore, isHaloValidationError } from '@halo/core'
 * import { tickets } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * try {
 *   await tickets(core).create({ tickettype_id: 1, details: 'No summary yet' })
 * } catch (error) {
 *   if (!isHaloValidationError(error)) throw error
 *   // Halo's messages by field path: { '[0].summary': ['The Summary field is required.'] }
 *   for (const [field, messages] of Object.entries(error.errors ?? {})) console.log(field, messages)
 * }
 * ```
 */
export const isHaloValidationError = isKind<HaloValidationError>('validation')
/**
 * True for a `HaloRateLimitError`: Halo still answered 429 after the client's retries.
 *
 * @example
 * ```ts
 * import { createHaloCore, isHaloRateLimitError } from '@halo/core'
 * import { tickets } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * try {
 *   await tickets(core).list({ open_only: true })
 * } catch (error) {
 *   if (!isHaloRateLimitError(error)) throw error
 *   // Halo is not known to send Retry-After; without it, wait out a whole rolling window (5 minutes).
 *   const waitSeconds = error.retryAfter ?? 300
 *   console.warn(`Halo's request budget is spent; try again in ${waitSeconds} s`)
 * }
 * ```
 */
export const isHaloRateLimitError = isKind<HaloRateLimitError>('rate_limit')
export const isHaloServerError = isKind<HaloServerError>('server')
export const isHaloConnectionError = isKind<HaloConnectionError>('connection')
export const isHaloTimeoutError = isKind<HaloTimeoutError>('timeout')
export const isHaloPaginationError = isKind<HaloPaginationError>('pagination')
export const isHaloUnexpectedResponseError = isKind<HaloUnexpectedResponseError>('unexpected_response')
