import { routeTemplate } from '../observability/route-template.js'
import type { HttpMethod } from '../operation/descriptor.js'
import type { RequestOptions, ResponseType } from '../options/request-options.js'
import { positiveDuration, type ResolvedOptions, resolveRetry } from '../options/resolve-options.js'
import type { EncodedBody } from './encode-body.js'
import { withHaloQuery } from './query-values.js'
import type { Transport } from './transport.js'

/** One API call as the core's methods describe it, before the client's defaults apply. */
export interface ApiCall {
  readonly method: HttpMethod
  /** Relative to the API root, already checked. */
  readonly path: string
  readonly query?: Readonly<Record<string, unknown>> | undefined
  readonly body?: EncodedBody | undefined
  readonly responseType?: ResponseType | undefined
  readonly options: RequestOptions | undefined
  readonly operation?: string | undefined
  /** The operation's path template (`/Tickets/{id}`); a raw call's is derived from its path. */
  readonly route?: string | undefined
  /** The call's id, when the caller needs it back (`withResponse`). */
  readonly requestId?: string | undefined
}

export type SendApiCall = (
  call: ApiCall,
) => Promise<{ readonly status: number; readonly headers: Headers; readonly data: unknown }>

/**
 * Turns an API call into a transport request: the URL under the API root, and the per-call options
 * (checked here, a `TypeError` naming the option) over the client's.
 */
export function createApiCaller(resolved: ResolvedOptions, transport: Transport): SendApiCall {
  // Every API URL is the API URL plus a checked relative path, so its host and origin are known.
  const parsed = new URL(resolved.apiUrl)
  const target = { host: parsed.host, origin: parsed.origin }

  const timeoutOf = (options: RequestOptions | undefined): number => {
    const timeoutMs = options?.timeoutMs
    if (timeoutMs === undefined) return resolved.timeoutMs
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
      throw new TypeError(`timeoutMs must be > 0, got ${timeoutMs}`)
    return timeoutMs
  }

  // Not async: callers are, so a synchronous throw (a bad query value) still becomes a rejection.
  return (call) => {
    const options = call.options
    return transport.execute({
      kind: 'api',
      method: call.method,
      url: withHaloQuery(`${resolved.apiUrl}${call.path}`, call.query),
      target,
      headers: options?.headers,
      body: call.body,
      responseType: call.responseType,
      signal: options?.signal,
      timeoutMs: timeoutOf(options),
      deadlineMs: positiveDuration(options?.deadlineMs, 'deadlineMs') ?? resolved.deadlineMs,
      maxRateLimitWaitMs:
        positiveDuration(options?.maxRateLimitWaitMs, 'maxRateLimitWaitMs') ?? resolved.maxRateLimitWaitMs,
      retry: resolveRetry(resolved.retry, options?.retry),
      operation: call.operation,
      route: call.route ?? routeTemplate(call.path),
      requestId: call.requestId,
    })
  }
}
