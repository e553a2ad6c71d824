import { HaloConnectionError } from '../errors/halo-connection-error.js'
import type { HaloError } from '../errors/halo-error.js'
import { HaloTimeoutError } from '../errors/halo-timeout-error.js'
import { HaloUnexpectedResponseError } from '../errors/halo-unexpected-response-error.js'
import type { HttpMethod } from '../operation/descriptor.js'
import type { RetryOptions } from '../options/retry-options.js'
import type { Redactor } from '../redaction/redactor.js'
import { describeRequest } from './error-from-response.js'
import { innermostCause, networkErrorMessage } from './network-error.js'

/** What the error builders need to know about the request. */
export interface FailedRequest {
  readonly method: HttpMethod
  /** Already redacted. */
  readonly url: string
  readonly timeoutMs: number
  readonly retry: RetryOptions | false
  readonly idempotent?: boolean | undefined
  readonly connectionErrorFor?: ((message: string, cause: unknown) => HaloError) | undefined
}

/** Whether the request may be repeated whatever happened to it (GET, DELETE, a token request). */
export function isIdempotentRequest(request: FailedRequest): boolean {
  return request.idempotent ?? (request.method === 'GET' || request.method === 'DELETE')
}

/** For a write that was not repeated because it may have been processed. */
export const UNKNOWN_FATE_ADVICE =
  ' The request may have reached Halo, so it was not repeated (repeating a write could duplicate a record): ' +
  'check in Halo before sending it again, or opt in with retry.retryUnsafeWrites.'

/** True when a write's fate is unknown and the retry rules kept it from being repeated. */
export function keptFromReplay(request: FailedRequest): boolean {
  return !isIdempotentRequest(request) && request.retry !== false && !request.retry.retryUnsafeWrites
}

/** The attempt timed out, or the connection failed, and the call ends with it. */
export function attemptFailureError(
  request: FailedRequest,
  failure: { readonly type: 'timeout' } | { readonly type: 'network' },
  attempts: number,
  cause: unknown,
  redactor: Redactor,
): HaloError {
  const { url } = request
  const what = describeRequest(request.method, url)
  const tries = attempts === 1 ? '' : ` (after ${attempts} attempts)`
  if (failure.type === 'timeout') {
    const advice = keptFromReplay(request)
      ? UNKNOWN_FATE_ADVICE
      : ' Raise timeoutMs if Halo is just slow, or check that the instance is reachable.'
    return new HaloTimeoutError(`${what} timed out after ${request.timeoutMs} ms${tries}.${advice}`, {
      method: request.method,
      url,
    })
  }
  const reason = redactor.redactString(networkErrorMessage(cause))
  // Some causes end their sentence already (undici's "… when sending a body.").
  const message = `${what} could not reach Halo${tries}: ${reason.replace(/\.$/, '')}.`
  const safeCause = redactor.redactValue(innermostCause(cause))
  if (request.connectionErrorFor !== undefined) return request.connectionErrorFor(message, safeCause)
  return new HaloConnectionError(
    `${message} Check baseUrl, DNS, proxies and TLS, and that the network can reach it.`,
    { method: request.method, url, cause: safeCause },
  )
}

/**
 * A streamed answer's body stopped arriving: a read waited `timeoutMs` for the next chunk. Not
 * retried (part of the body was handed out already); the caller decides whether to ask again.
 */
export function stalledBodyError(request: FailedRequest, bytesRead: number): HaloTimeoutError {
  // Worded with the other errors' phrases: a bundle compresses the repeats to almost nothing.
  return new HaloTimeoutError(
    `${describeRequest(request.method, request.url)} stalled mid-body: nothing more arrived for ${request.timeoutMs} ms ` +
      `(timeoutMs) after ${bytesRead} bytes, so the download was stopped. Raise timeoutMs if Halo is just slow, ` +
      'or check whether something between you and Halo rewrites or cuts responses.',
    { method: request.method, url: request.url },
  )
}

export function redirectRefusedError(
  request: FailedRequest,
  status: number,
  reason: string,
  redactor: Redactor,
): HaloError {
  return new HaloUnexpectedResponseError(
    `${describeRequest(request.method, request.url)} answered ${status}, a redirect the client will not follow: ${redactor.redactString(reason)}. ` +
      'Check baseUrl (it should be the instance root Halo serves its API on) and any proxy in front of Halo.',
    { status, method: request.method, url: request.url },
  )
}

export function tooLargeError(request: FailedRequest, status: number, limit: number): HaloError {
  return new HaloUnexpectedResponseError(
    `${describeRequest(request.method, request.url)} answered ${status} with a body larger than maxResponseBytes ` +
      `(${limit} bytes); reading stopped there. Ask for less (a smaller page_size, fewer columns), raise ` +
      "maxResponseBytes, or read a download with responseType: 'stream'.",
    { status, method: request.method, url: request.url },
  )
}

/** fetch refused the request before sending it: the caller's input, reported as such. */
export function refusedLocallyError(request: FailedRequest, cause: TypeError, redactor: Redactor): TypeError {
  return new TypeError(
    `${describeRequest(request.method, request.url)} was refused by fetch before sending: ` +
      `${redactor.redactString(cause.message).replace(/\.$/, '')}. Check the call's headers, body and path.`,
  )
}

export function deadlineError(
  request: FailedRequest,
  deadlineMs: number,
  attempts: number,
  lastReason: string | undefined,
): HaloTimeoutError {
  const so =
    attempts === 0 ? ' before its first attempt' : ` after ${attempts} attempt${attempts === 1 ? '' : 's'}`
  const last = lastReason === undefined ? '' : ` (the last: ${lastReason})`
  const advice =
    attempts > 0 && keptFromReplay(request)
      ? UNKNOWN_FATE_ADVICE
      : ' Raise deadlineMs, or check whether Halo is slow or the rate limit is tight.'
  return new HaloTimeoutError(
    `${describeRequest(request.method, request.url)} did not finish within deadlineMs (${deadlineMs} ms)${so}${last}.${advice}`,
    { method: request.method, url: request.url },
  )
}
