import { callHook } from '../hooks/call-hook.js'
import type { HaloHooks } from '../options/hooks.js'
import type { RetryOptions } from '../options/retry-options.js'
import type { CompleteLogger } from '../redaction/redacting-logger.js'
import type { Redactor } from '../redaction/redactor.js'
import { abortableSleep } from '../timing/abortable-sleep.js'
import { describeFailure } from './read-failure.js'
import { retryDelay } from './retry-policy.js'
import type { FailedAttempt, TransportContext } from './transport-types.js'

export interface RetryDependencies {
  readonly hooks: HaloHooks
  readonly redactor: Redactor
  readonly logger: CompleteLogger
}

/** Tells hooks and the log that the call goes again, and waits before it does. */
export async function retryRequest(
  deps: RetryDependencies,
  context: TransportContext,
  failed: FailedAttempt,
  attempts: number,
  retries: number,
  retry: RetryOptions,
): Promise<void> {
  const { hooks, redactor, logger } = deps
  const { request } = context
  const status = failed.failure.type === 'status' ? failed.failure.status : undefined
  const delayMs = retryDelay({ retryNumber: retries, retry, retryAfterMs: failed.retryAfterMs, status })
  const reason = describeFailure(failed.failure)
  const safeUrl = context.safeUrl()
  callHook(
    'onRetry',
    hooks.onRetry,
    {
      requestId: context.requestId,
      method: request.method,
      url: safeUrl,
      attempt: attempts,
      headers: {},
      route: context.route,
      reason,
      delayMs,
      ...(status === undefined ? {} : { status }),
      ...(request.operation === undefined ? {} : { operation: request.operation }),
    },
    redactor,
    logger,
  )
  logger.warn(`Retrying ${request.method} ${safeUrl} in ${delayMs} ms (${reason})`, {
    retry: retries,
    of: retry.retries,
  })
  await abortableSleep(delayMs, request.signal)
}
