import { DEFAULT_RETRY } from '../options/resolve-options.js'
import { learnFrom429 } from '../rate-limit/learn-from-429.js'
import type { RateLimiter } from '../rate-limit/rate-limiter.js'
import type { CompleteLogger } from '../redaction/redacting-logger.js'
import type { Redactor } from '../redaction/redactor.js'
import type { AttemptResult } from './attempt-result.js'
import { isSuccess } from './attempt-result.js'
import { errorFromResponse, type FailedResponse } from './error-from-response.js'
import {
  attemptFailureError,
  type FailedRequest,
  keptFromReplay,
  redirectRefusedError,
  refusedLocallyError,
  tooLargeError,
  UNKNOWN_FATE_ADVICE,
} from './final-errors.js'
import { parseBodyText } from './parse-body.js'
import { type AttemptFailure, parseRetryAfter, shouldRetry } from './retry-policy.js'
import { successData } from './success-data.js'
import type { FailedAttempt, TransportContext } from './transport-types.js'

export interface FailureReaderDependencies {
  readonly redactor: Redactor
  readonly logger: CompleteLogger
  readonly limiter: () => RateLimiter
  readonly now: () => number
}

export type ReadFailure = (
  context: TransportContext,
  result: AttemptResult,
  attempts: number,
  canRefreshToken: boolean,
) => Promise<FailedAttempt | 'refresh-token' | { readonly data: unknown; readonly response: Response }>

export function describeFailure(failure: AttemptFailure): string {
  switch (failure.type) {
    case 'status':
      return `status ${failure.status}`
    case 'malformed':
      return 'malformed body'
    case 'timeout':
      return 'timeout'
    case 'network':
      return 'network error'
  }
}

/** What the error builders need to know about a request. */
export function failedRequest(context: TransportContext): FailedRequest {
  const { request } = context
  return {
    method: request.method,
    url: context.safeUrl(),
    timeoutMs: request.timeoutMs,
    retry: request.retry,
    idempotent: request.idempotent,
    connectionErrorFor: request.connectionErrorFor,
  }
}

/** Reads attempts for one transport (see `readFailure`). */
export function createFailureReader(deps: FailureReaderDependencies): ReadFailure {
  const { redactor, logger, limiter, now } = deps
  /**
   * What a failed attempt means: the failure the retry rules judge, and the error the call ends
   * with if it is the last. Throws at once for what is never retried (a refused redirect, a body
   * over the cap, a local refusal). Answers `undefined` for a 401 worth a fresh token.
   */
  return async function readFailure(
    context: TransportContext,
    result: AttemptResult,
    attempts: number,
    canRefreshToken: boolean,
  ): Promise<FailedAttempt | 'refresh-token' | { readonly data: unknown; readonly response: Response }> {
    const { request } = context
    switch (result.type) {
      case 'redirect-refused':
        throw redirectRefusedError(failedRequest(context), result.status, result.reason, redactor)
      case 'too-large':
        throw tooLargeError(failedRequest(context), result.status, result.limit)
      case 'refused-locally':
        throw refusedLocallyError(failedRequest(context), result.error, redactor)
      case 'timeout':
      case 'network': {
        const failure: AttemptFailure =
          result.type === 'timeout' ? { type: 'timeout' } : { type: 'network', sent: result.sent }
        const cause = result.type === 'network' ? result.error : undefined
        return {
          failure,
          retryAfterMs: undefined,
          error: () =>
            attemptFailureError(
              failedRequest(context),
              result.type === 'timeout' ? { type: 'timeout' } : { type: 'network' },
              attempts,
              cause,
              redactor,
            ),
        }
      }
      case 'response':
        break
    }
    const { response } = result
    if (isSuccess(response.status)) {
      const read = successData(request, () => context.safeUrl(), response, result.body, redactor)
      if ('data' in read) return { data: read.data, response }
      return { failure: { type: 'malformed' }, retryAfterMs: undefined, error: () => read.malformed }
    }
    const body = parseBodyText(result.body?.text ?? '', response.headers.get('content-type'))
    // A token can be revoked or expire early: fetch a fresh one and replay once. This is not a
    // retry (the request was refused, not processed), so it never counts against them.
    if (response.status === 401 && request.kind === 'api' && canRefreshToken && result.token !== undefined)
      return 'refresh-token'
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now())
    if (response.status === 429 && request.kind === 'api') {
      // A Retry-After holds every caller of the tenant, so a hostile or broken one (a year) is
      // capped like our own waits.
      const cap = request.retry === false ? DEFAULT_RETRY.maxDelayMs : request.retry.maxDelayMs
      await learnFrom429(
        limiter(),
        logger,
        body,
        retryAfterMs === undefined ? undefined : Math.min(retryAfterMs, cap),
        now(),
      )
    }
    const failure: AttemptFailure = { type: 'status', status: response.status }
    const failed: FailedResponse = {
      status: response.status,
      method: request.method,
      url: context.safeUrl(),
      body,
      retryAfterSeconds: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
    }
    return {
      failure,
      retryAfterMs,
      error: () => {
        // A write whose answer leaves its fate unknown says so, and why it was not repeated.
        const unknownFate =
          request.retry !== false &&
          keptFromReplay(failedRequest(context)) &&
          !shouldRetry(failure, request.method, request.retry, request.idempotent) &&
          shouldRetry(
            failure,
            request.method,
            { ...request.retry, retryUnsafeWrites: true },
            request.idempotent,
          )
        const withAdvice = unknownFate ? { ...failed, advice: UNKNOWN_FATE_ADVICE.trim() } : failed
        return (request.errorFor ?? ((failure) => errorFromResponse(failure, redactor)))(withAdvice)
      },
    }
  }
}
