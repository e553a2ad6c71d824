import type { AccessToken } from '../auth/token.js'
import { isHaloCircuitOpenError } from '../circuit-breaker/halo-circuit-open-error.js'
import type { HaloError } from '../errors/halo-error.js'
import { HaloRateLimitError } from '../errors/halo-rate-limit-error.js'
import { isHaloError } from '../errors/predicates.js'
import { stampRequest } from '../errors/stamp-request.js'
import { callHook } from '../hooks/call-hook.js'
import type { EndHookEvent } from '../options/hooks.js'
import { DEFAULT_MAX_RESPONSE_BYTES } from '../options/resolve-options.js'
import type { RateLimiter } from '../rate-limit/rate-limiter.js'
import { type AttemptResult, outcomeOf, targetOf } from './attempt-result.js'
import { bodyUnderDeadline } from './body-deadline.js'
import { CallDeadline } from './call-deadline.js'
import { checkHeaders } from './check-headers.js'
import { describeRequest, htmlPageError } from './error-from-response.js'
import { deadlineError, stalledBodyError } from './final-errors.js'
import { admitThroughLimiter } from './limiter-admission.js'
import { createFailureReader, describeFailure, failedRequest } from './read-failure.js'
import { RequestContext } from './request-context.js'
import { answerFromCache, clearAfterWrite, offerToCache } from './response-cache-steps.js'
import { shouldRetry } from './retry-policy.js'
import { retryRequest } from './retry-request.js'
import { createWireSender, isStreamBody } from './send-over-wire.js'
import { rememberBodyOrigin } from './streamed-body-origin.js'
import type {
  TokenSource,
  Transport,
  TransportContext,
  TransportDependencies,
  TransportRequest,
  TransportResponse,
} from './transport-types.js'
import { hasUserAgent, withUserAgent } from './user-agent-header.js'

export type {
  TokenSource,
  Transport,
  TransportDependencies,
  TransportRequest,
  TransportResponse,
} from './transport-types.js'

/** What every request asks for; a JSON API first. */
const ACCEPT = 'application/json, text/plain;q=0.9, */*;q=0.1'

/**
 * Sends requests with Halo's reliability rules. One call (`execute`) runs in named steps, as
 * openai-node's client does: `startCall` (context, call deadline); for each attempt `makeRequest`
 * (the response cache's answer, else `waitForSlot` in the limiter, `authorise`, `sendUnderPermit`
 * through ofetch), `readFailure` to say what a failed attempt means (an answer read from the wire
 * is then offered to the response cache), `shouldRetry` (retry-policy.ts) to decide, and
 * `retryRequest` to report and wait before the next attempt; then `endCall` or `failCall`, and a
 * write clears the response cache's entries it may have changed.
 */
export function createTransport(deps: TransportDependencies): Transport {
  const { redactor, logger, hooks } = deps
  const limiter = (): RateLimiter => {
    if (deps.limiter === undefined)
      throw new Error('This transport has no rate limiter; it serves auth requests only')
    return deps.limiter
  }
  const tokens = (): TokenSource => {
    if (deps.tokens === undefined)
      throw new Error('This transport has no token source; it serves auth requests only')
    return deps.tokens()
  }
  const now = deps.now ?? (() => Date.now())
  const sendOverWire = createWireSender({
    fetch: deps.fetch,
    redactor,
    logger,
    hooks,
    allowInsecureHttp: deps.allowInsecureHttp === true,
    maxResponseBytes: deps.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    now,
  })
  const readFailure = createFailureReader({ redactor, logger, limiter, now })
  // Checked once, at construction: a bad client-wide header fails at start-up, naming the option.
  checkHeaders(deps.defaultHeaders, 'Option headers')
  // Built once: an API request's headers are these plus its own, then the bearer token.
  const apiHeaders: Record<string, string> = withUserAgent({ accept: ACCEPT, ...deps.defaultHeaders })
  deleteHeader(apiHeaders, 'authorization')
  const authHeaders: Record<string, string> = withUserAgent({ accept: ACCEPT })
  // The shared API headers with the current token, rebuilt only when the token changes.
  let bearerHeaders:
    | { readonly token: string; readonly headers: Readonly<Record<string, string>> }
    | undefined
  const apiHeadersWith = (token: AccessToken): Readonly<Record<string, string>> => {
    if (bearerHeaders?.token !== token.accessToken) {
      bearerHeaders = { token: token.accessToken, headers: withBearer(apiHeaders, token) }
    }
    return bearerHeaders.headers
  }

  function contextOf(request: TransportRequest): TransportContext {
    const base = request.kind === 'api' ? apiHeaders : authHeaders
    const contentType = request.body?.contentType
    // Most requests add nothing of their own: they share the prebuilt headers (never mutated).
    let headers = base
    if (request.headers !== undefined || contentType !== undefined) {
      if (request.headers !== undefined) checkHeaders(request.headers, 'options.headers')
      const own = { ...base }
      // A caller's own User-Agent replaces the SDK's, whatever its case.
      if (hasUserAgent(request.headers)) deleteHeader(own, 'user-agent')
      Object.assign(own, request.headers)
      if (contentType !== undefined && !hasHeader(own, 'content-type')) own['content-type'] = contentType
      if (request.kind === 'api' && request.headers !== undefined) deleteHeader(own, 'authorization')
      headers = own
    }
    return new RequestContext(request, request.target ?? targetOf(request.url), headers, redactor, now())
  }

  /** A slot in the rate limiter for an `api` attempt, waiting no longer than the call allows. */
  function admitToLimiter(context: TransportContext): Promise<() => void> | (() => void) {
    const { request } = context
    const api = limiter()
    const maxWaitMs = request.maxRateLimitWaitMs ?? Number.POSITIVE_INFINITY
    // Admitted at once in the common case, without a round through the event loop.
    return (
      api.tryAcquire(request.signal) ??
      admitThroughLimiter(
        api,
        request.signal,
        maxWaitMs,
        () =>
          new HaloRateLimitError(
            `${describeRequest(request.method, context.safeUrl())} waited ${maxWaitMs} ms in the client's rate limiter ` +
              'without being let through (maxRateLimitWaitMs), so it was not sent. The window in force ' +
              `(${describeLimit(api)}) is too tight for this much work: spread the work out, lower maxConcurrency, ` +
              'or raise maxRateLimitWaitMs (Infinity to queue without bound).',
            { method: request.method, url: context.safeUrl() },
          ),
      )
    )
  }

  /** Waits for a slot in the rate limiter, and notes how long the attempt queued (for hooks). */
  async function waitForSlot(context: TransportContext): Promise<() => void> {
    const admitted = admitToLimiter(context)
    if (typeof admitted === 'function') {
      context.rateLimitWaitMs = 0
      return admitted
    }
    const queuedAt = now()
    const release = await admitted
    context.rateLimitWaitMs = now() - queuedAt
    return release
  }

  /** The bearer token for an `api` attempt, and the headers that carry it. */
  async function authorise(
    context: TransportContext,
  ): Promise<{ readonly token: AccessToken; readonly headers: Readonly<Record<string, string>> }> {
    const { signal } = context.request
    const source = tokens()
    const token = (signal?.aborted ? undefined : source.cachedToken?.()) ?? (await source.getToken(signal))
    const headers =
      context.headers === apiHeaders ? apiHeadersWith(token) : withBearer(context.headers, token)
    return { token, headers }
  }

  /**
   * Sends the attempt under the circuit's permit, taken last, right before sending: a half-open
   * circuit's probe must not be held by a call that is still fetching its token from the same host
   * (the token request would be refused, and the circuit would never close).
   */
  async function sendUnderPermit(
    context: TransportContext,
    attemptNumber: number,
    headers: Readonly<Record<string, string>>,
    token: AccessToken | undefined,
  ): Promise<AttemptResult> {
    const permit = deps.breaker?.admit(context.host, context)
    let result: AttemptResult | undefined
    try {
      result = await sendOverWire(context, attemptNumber, headers, token)
      return result
    } finally {
      permit?.report(result === undefined ? 'abandoned' : outcomeOf(result))
    }
  }

  /**
   * One attempt: the response cache's answer when it has one (before anything else, so a cached
   * answer takes no rate-limit slot, no token and no circuit permit), otherwise limiter slot, token,
   * fetch (following redirects we accept) and body.
   */
  async function makeRequest(context: TransportContext, attemptNumber: number): Promise<AttemptResult> {
    const { request } = context
    if (request.kind === 'api' && request.method === 'GET' && deps.responseCache !== undefined) {
      const cached = await answerFromCache(deps.responseCache, context, logger)
      if (cached !== undefined) return cached
    }
    const breaker = deps.breaker
    // An open circuit refuses at once, before the call takes a slot of the tenant's window.
    if (breaker?.refuses(context.host) === true) breaker.admit(context.host, context)
    if (request.kind === 'auth') return sendUnderPermit(context, attemptNumber, context.headers, undefined)
    const release = await waitForSlot(context)
    try {
      const { token, headers } = await authorise(context)
      return await sendUnderPermit(context, attemptNumber, headers, token)
    } finally {
      // A stream answer frees its slot once the headers are in; the caller owns the body from here.
      release()
    }
  }

  /** Attempts, judged and retried by the rules, until a value or a final error. */
  async function run(context: TransportContext, progress: CallProgress): Promise<TransportResponse> {
    const { request } = context
    const { retry } = request
    // A streamed upload cannot be sent twice.
    const canRepeat = !isStreamBody(request.body?.body)
    let retries = 0
    let refreshedToken = false
    // How the previous failed attempt would end the call, had it been the last one.
    let lastError: (() => HaloError) | undefined
    const { host } = context
    for (;;) {
      request.signal?.throwIfAborted()
      progress.attempts += 1
      let result: AttemptResult
      try {
        result = await makeRequest(context, progress.attempts)
      } catch (error) {
        // The circuit opened while this call waited to retry: it ends with its own last failure,
        // which says more than "not sent".
        if (lastError !== undefined && isHaloCircuitOpenError(error)) throw lastError()
        throw error
      }
      const read = await readFailure(context, result, progress.attempts, !refreshedToken)
      if (read === 'refresh-token') {
        refreshedToken = true
        logger.info('Halo refused the access token (401); fetching a new one and replaying once')
        if (result.type === 'response' && result.token !== undefined)
          await tokens().refreshAfterRejection(result.token, request.signal)
        continue
      }
      if ('data' in read) {
        if (deps.responseCache !== undefined) await offerToCache(deps.responseCache, context, result, logger)
        return { status: read.response.status, headers: read.response.headers, data: read.data }
      }
      lastError = read.error
      progress.last = describeFailure(read.failure)
      const mayRetry =
        retry !== false &&
        canRepeat &&
        retries < retry.retries &&
        shouldRetry(read.failure, request.method, retry, request.idempotent)
      if (!mayRetry) throw read.error()
      if (deps.breaker?.refuses(host) === true) {
        // Retrying into an open circuit would only be refused: the call ends with what Halo said.
        logger.warn(`Not retrying ${request.method} ${context.safeUrl()}: Halo at ${host} keeps failing`)
        throw read.error()
      }
      retries += 1
      await retryRequest({ hooks, redactor, logger }, context, read, progress.attempts, retries, retry)
    }
  }

  /** The call's context, and the signal that ends it at its deadline when it has one. */
  function startCall(
    request: TransportRequest,
    progress: CallProgress,
  ): { readonly context: TransportContext; readonly deadline: CallDeadline | undefined } {
    if (request.deadlineMs === undefined) return { context: contextOf(request), deadline: undefined }
    let context: TransportContext | undefined
    const deadline = new CallDeadline(request.deadlineMs, request.signal, () =>
      deadlineError(
        context === undefined
          ? {
              method: request.method,
              url: redactor.redactString(request.url),
              timeoutMs: request.timeoutMs,
              retry: request.retry,
            }
          : failedRequest(context),
        request.deadlineMs ?? 0,
        progress.attempts,
        progress.last,
      ),
    )
    try {
      context = contextOf({ ...request, signal: deadline.signal })
    } catch (error) {
      deadline.clear()
      throw error
    }
    return { context, deadline }
  }

  /**
   * A streamed answer's body, handed to the caller under the call's `timeoutMs` per read and the
   * caller's own signal (`request`, not the context's: a `deadlineMs` signal ends with the call).
   */
  function handOverStream(
    context: TransportContext,
    request: TransportRequest,
    progress: CallProgress,
    response: TransportResponse,
  ): TransportResponse {
    const { data, status } = response
    if (!(data instanceof ReadableStream)) return response
    const body = bodyUnderDeadline(data, request.timeoutMs, request.signal, (bytesRead) =>
      stamped(context, progress, stalledBodyError(failedRequest(context), bytesRead)),
    )
    // A reader expecting JSON (streamRecords) that finds an HTML page names this call.
    const htmlPage = (text: string) =>
      stamped(
        context,
        progress,
        htmlPageError(
          { status, method: request.method, url: context.safeUrl(), body: { kind: 'html', text } },
          redactor,
        ),
      )
    return { ...response, data: rememberBodyOrigin(body, htmlPage) }
  }

  /** A call that ended in a value: `onEnd` hears of it. */
  function endCall(context: TransportContext, progress: CallProgress, response: TransportResponse): void {
    if (hooks.onEnd !== undefined) callOnEnd(context, progress.attempts, { status: response.status })
  }

  /** A call that ended in an error: the error names the call as its hooks did (id, duration, attempts). */
  function failCall(context: TransportContext, progress: CallProgress, error: unknown): void {
    if (isHaloError(error)) stamped(context, progress, error)
    if (hooks.onEnd !== undefined) callOnEnd(context, progress.attempts, endOfFailure(error))
  }

  /** `error`, marked with the call it ended: its id, duration and attempts, as its hooks saw them. */
  function stamped<E extends HaloError>(context: TransportContext, progress: CallProgress, error: E): E {
    stampRequest(error, {
      requestId: context.requestId,
      durationMs: now() - context.startedAt,
      attempts: progress.attempts,
    })
    return error
  }

  /** One logical request: started, run attempt by attempt, and ended (openai-node's `request`). */
  async function execute(request: TransportRequest): Promise<TransportResponse> {
    const progress: CallProgress = { attempts: 0, last: undefined }
    const { context, deadline } = startCall(request, progress)
    try {
      const response = await run(context, progress)
      endCall(context, progress, response)
      return request.responseType === 'stream'
        ? handOverStream(context, request, progress, response)
        : response
    } catch (error) {
      failCall(context, progress, error)
      throw error
    } finally {
      deadline?.clear()
      if (deps.responseCache !== undefined) await clearAfterWrite(deps.responseCache, context, logger)
    }
  }

  function callOnEnd(
    context: TransportContext,
    attempts: number,
    outcome: Pick<EndHookEvent, 'status' | 'error'>,
  ): void {
    const { request } = context
    const event: EndHookEvent = {
      requestId: context.requestId,
      method: request.method,
      url: context.safeUrl(),
      route: context.route,
      ...(request.operation === undefined ? {} : { operation: request.operation }),
      attempts,
      durationMs: now() - context.startedAt,
      ...(outcome.status === undefined ? {} : { status: outcome.status }),
      ...(outcome.error === undefined ? {} : { error: outcome.error }),
    }
    callHook('onEnd', hooks.onEnd, event, redactor, logger)
  }

  return { execute }
}

/** How far a call has gone: attempts made, and how the last failed one ended (for a deadline's error). */
interface CallProgress {
  attempts: number
  last: string | undefined
}

/** What `onEnd` says of a failure: the status Halo gave, if any, and the error's name and message. */
function endOfFailure(error: unknown): Pick<EndHookEvent, 'status' | 'error'> {
  const status = isHaloError(error) ? error.status : undefined
  const described =
    error instanceof Error
      ? { name: error.name, message: error.message }
      : { name: 'Error', message: String(error) }
  return status === undefined ? { error: described } : { status, error: described }
}

function describeLimit(limiter: RateLimiter): string {
  const { limit } = limiter
  return limit === false ? 'no window; a 429 block' : `${limit.requests} requests per ${limit.windowMs} ms`
}

function withBearer(
  headers: Readonly<Record<string, string>>,
  token: AccessToken,
): Readonly<Record<string, string>> {
  return { ...headers, authorization: `Bearer ${token.accessToken}` }
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name)
}

function deleteHeader(headers: Record<string, string>, name: string): void {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key]
}
