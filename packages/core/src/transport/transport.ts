import type { AccessToken } from '../auth/token.js'
import type { CircuitBreaker } from '../circuit-breaker/circuit-breaker.js'
import { isHaloCircuitOpenError } from '../circuit-breaker/halo-circuit-open-error.js'
import type { HaloError } from '../errors/halo-error.js'
import { HaloRateLimitError } from '../errors/halo-rate-limit-error.js'
import { callHook } from '../hooks/call-hook.js'
import type { HttpMethod } from '../operation/descriptor.js'
import type { HaloHooks } from '../options/hooks.js'
import type { ResponseType } from '../options/request-options.js'
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_RETRY } from '../options/resolve-options.js'
import type { RetryOptions } from '../options/retry-options.js'
import { learnFrom429 } from '../rate-limit/learn-from-429.js'
import type { RateLimiter } from '../rate-limit/rate-limiter.js'
import { type CompleteLogger, logs } from '../redaction/redacting-logger.js'
import type { Redactor } from '../redaction/redactor.js'
import { abortableSleep } from '../timing/abortable-sleep.js'
import { abortReason } from './abort.js'
import { type AttemptDeadline, OwnAttemptDeadline } from './attempt-deadline.js'
import { type AttemptResult, isSuccess, outcomeOf, targetOf } from './attempt-result.js'
import { CallDeadline } from './call-deadline.js'
import { checkHeaders } from './check-headers.js'
import { DeadlineCohorts } from './deadline-cohorts.js'
import type { EncodedBody } from './encode-body.js'
import { describeRequest, errorFromResponse, type FailedResponse } from './error-from-response.js'
import {
  attemptFailureError,
  deadlineError,
  keptFromReplay,
  redirectRefusedError,
  refusedLocallyError,
  tooLargeError,
  UNKNOWN_FATE_ADVICE,
} from './final-errors.js'
import { admitThroughLimiter } from './limiter-admission.js'
import { refusedLocally } from './local-rejection.js'
import { wasNeverSent } from './network-error.js'
import { parseBodyText } from './parse-body.js'
import { decodeText, ResponseTooLargeError, readBodyBytes } from './read-body.js'
import { redactHeaders } from './redact-headers.js'
import { MAX_REDIRECTS, nextRedirectHop, type RequestHop, redirectLocation } from './redirects.js'
import { RequestContext } from './request-context.js'
import { type AttemptFailure, parseRetryAfter, retryDelay, shouldRetry } from './retry-policy.js'
import { successData } from './success-data.js'

/** Where API calls get their bearer token. */
export interface TokenSource {
  /** The cached token while it is good, without waiting; `undefined` when one must be fetched. */
  cachedToken?(): AccessToken | undefined
  getToken(signal?: AbortSignal): Promise<AccessToken>
  /** The API refused `token` (401): forget it and fetch a fresh one, once for all callers. */
  refreshAfterRejection(token: AccessToken, signal?: AbortSignal): Promise<void>
}

/** One logical request; the transport makes as many attempts as the retry rules allow. */
export interface TransportRequest {
  readonly method: HttpMethod
  /** Full URL (built and validated by the caller). */
  readonly url: string
  /**
   * The URL's host and origin, when the caller knows them already (every API call goes to the
   * same instance); otherwise the transport parses the URL.
   */
  readonly target?: { readonly host: string; readonly origin: string } | undefined
  readonly headers?: Readonly<Record<string, string>> | undefined
  readonly body?: EncodedBody | undefined
  readonly responseType?: ResponseType | undefined
  readonly signal?: AbortSignal | undefined
  readonly timeoutMs: number
  /** The most the whole call may take (limiter, token, attempts, backoff); none when undefined. */
  readonly deadlineMs?: number | undefined
  /** The longest a wait in the rate limiter may last (`api` requests); `Infinity` for no cap. */
  readonly maxRateLimitWaitMs?: number | undefined
  readonly retry: RetryOptions | false
  /** Generated operation name, for hooks and logs. */
  readonly operation?: string | undefined
  /**
   * `api` calls pass the rate limiter and carry a bearer token; `auth` calls (token endpoint,
   * AuthInfo discovery) do neither.
   */
  readonly kind: 'api' | 'auth'
  /** Safe to repeat whatever the method (a token request). */
  readonly idempotent?: boolean | undefined
  /** Builds the error for a final HTTP failure (the token endpoint explains failures its own way). */
  readonly errorFor?: ((failure: FailedResponse) => HaloError) | undefined
  /** Builds the error for a connection failure. */
  readonly connectionErrorFor?: ((message: string, cause: unknown) => HaloError) | undefined
}

export interface TransportResponse {
  readonly status: number
  readonly headers: Headers
  /** Parsed JSON, text, bytes or a stream, per `responseType`; `undefined` for an empty body. */
  readonly data: unknown
}

export interface Transport {
  execute(request: TransportRequest): Promise<TransportResponse>
}

export interface TransportDependencies {
  readonly fetch: () => typeof globalThis.fetch
  readonly defaultHeaders: Readonly<Record<string, string>>
  readonly redactor: Redactor
  readonly logger: CompleteLogger
  readonly hooks: HaloHooks
  /** Required for `api` requests; `auth`-only transports (the standalone OAuth helpers) omit it. */
  readonly limiter?: RateLimiter | undefined
  /** Resolved lazily: the token manager itself sends its requests through this transport. */
  readonly tokens?: (() => TokenSource) | undefined
  /** Stops calling a host that keeps failing; none for the standalone OAuth helpers. */
  readonly breaker?: CircuitBreaker | undefined
  /** Whether a redirect may lead to plain `http://` off loopback (as `baseUrl` may). */
  readonly allowInsecureHttp?: boolean | undefined
  /** The largest body read into memory (streams are exempt). Default 64 MiB. */
  readonly maxResponseBytes?: number | undefined
  readonly now?: () => number
}

type TransportContext = RequestContext<TransportRequest>

/** What the call does after a failed attempt: end with `error()`, or wait and try again. */
interface FailedAttempt {
  readonly failure: AttemptFailure
  readonly retryAfterMs: number | undefined
  /** The error the call ends with if this attempt is its last. */
  readonly error: () => HaloError
}

/** What every request asks for; a JSON API first. */
const ACCEPT = 'application/json, text/plain;q=0.9, */*;q=0.1'

function describeFailure(failure: AttemptFailure): string {
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

function isStreamBody(body: unknown): boolean {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream
}

/**
 * Sends requests with Halo's reliability rules. One call (`execute`) runs in named steps, as
 * openai-node's client does: `makeRequest` (limiter, token, fetch, redirects, body) for each
 * attempt, `readFailure` to say what a failed attempt means, `shouldRetry` (retry-policy.ts) to
 * decide, and `retryRequest` to report and wait before the next attempt.
 */
export function createTransport(deps: TransportDependencies): Transport {
  const { redactor, logger, hooks } = deps
  const maxResponseBytes = deps.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
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
  // Checked once, at construction: a bad client-wide header fails at start-up, naming the option.
  checkHeaders(deps.defaultHeaders, 'Option headers')
  // Built once: an API request's headers are these plus its own, then the bearer token.
  const apiHeaders: Record<string, string> = { accept: ACCEPT, ...deps.defaultHeaders }
  deleteHeader(apiHeaders, 'authorization')
  const authHeaders: Record<string, string> = { accept: ACCEPT }
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
      const own = { ...base, ...request.headers }
      if (contentType !== undefined && !hasHeader(own, 'content-type')) own['content-type'] = contentType
      if (request.kind === 'api' && request.headers !== undefined) deleteHeader(own, 'authorization')
      headers = own
    }
    return new RequestContext(request, request.target ?? targetOf(request.url), headers, redactor)
  }

  const cohorts = new DeadlineCohorts()
  /**
   * Most attempts share a deadline's signal with others that started in the same millisecond. A
   * caller's signal needs one of its own, and so does a streamed download, whose body is read after
   * the attempt (and must not be cut when the shared timer fires for the others).
   */
  function startDeadline(request: TransportRequest): AttemptDeadline {
    return request.signal === undefined && request.responseType !== 'stream'
      ? cohorts.start(request.timeoutMs)
      : new OwnAttemptDeadline(request.timeoutMs, request.signal)
  }

  // fetch is called directly: retries, redirects, body encoding and parsing all live here, so a
  // wrapper in between would only copy options and headers (see docs/decisions/0001). It is looked
  // up at each call so that a test double (msw) or a user's fetch installed later applies.
  function fetchHop(hop: RequestHop, signal: AbortSignal): Promise<Response> {
    const init: RequestInit & { duplex?: 'half' } = {
      method: hop.method,
      headers: hop.headers,
      body: hop.body ?? null,
      signal,
      // Redirects are followed below, where we decide what crosses to another host.
      redirect: 'manual',
    }
    // A streamed upload must say so (Node's fetch refuses it otherwise).
    if (isStreamBody(hop.body)) init.duplex = 'half'
    return deps.fetch()(hop.url, init)
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

  /** One attempt: limiter slot, token, fetch (following redirects we accept), body. */
  async function makeRequest(context: TransportContext, attemptNumber: number): Promise<AttemptResult> {
    const { request } = context
    const breaker = deps.breaker
    // An open circuit refuses at once, before the call takes a slot of the tenant's window.
    if (breaker?.refuses(context.host) === true) breaker.admit(context.host, context)
    let release: (() => void) | undefined
    if (request.kind === 'api') {
      const admitted = admitToLimiter(context)
      release = typeof admitted === 'function' ? admitted : await admitted
    }
    try {
      let token: AccessToken | undefined
      let headers = context.headers
      if (request.kind === 'api') {
        const { signal } = request
        const source = tokens()
        token = (signal?.aborted ? undefined : source.cachedToken?.()) ?? (await source.getToken(signal))
        headers = headers === apiHeaders ? apiHeadersWith(token) : withBearer(headers, token)
      }
      // The circuit's permit is taken last, right before sending: a half-open circuit's probe must
      // not be held by a call that is still fetching its token from the same host (the token
      // request would be refused, and the circuit would never close).
      const permit = breaker?.admit(context.host, context)
      let result: AttemptResult | undefined
      try {
        result = await sendOverWire(context, attemptNumber, headers, token)
        return result
      } finally {
        permit?.report(result === undefined ? 'abandoned' : outcomeOf(result))
      }
    } finally {
      // A stream answer frees its slot once the headers are in; the caller owns the body from here.
      release?.()
    }
  }

  /** Hooks, fetch, the redirects we accept, and the body (under the attempt's deadline). */
  async function sendOverWire(
    context: TransportContext,
    attemptNumber: number,
    headers: Readonly<Record<string, string>>,
    token: AccessToken | undefined,
  ): Promise<AttemptResult> {
    const { request } = context
    const { method, signal } = request
    // Hook payloads and debug lines are only built for someone who reads them.
    const event =
      hooks.onRequest === undefined && hooks.onResponse === undefined
        ? undefined
        : {
            method,
            url: context.safeUrl(),
            attempt: attemptNumber,
            headers: redactHeaders(headers),
            ...(request.operation === undefined ? {} : { operation: request.operation }),
          }
    if (event !== undefined) callHook('onRequest', hooks.onRequest, event, redactor, logger)
    const debug = logs(logger, 'debug')
    if (debug) logger.debug(`→ ${method} ${context.safeUrl()}`, { attempt: attemptNumber })
    const started = now()
    const deadline = startDeadline(request)
    let hop: RequestHop = { url: request.url, method, headers, body: request.body?.body, sameOrigin: true }
    let status = 0
    try {
      let response = await fetchHop(hop, deadline.signal)
      for (let hops = 0; ; hops++) {
        const location = redirectLocation(response)
        if (location === undefined) break
        // The redirect's own body is never read; cancelling it frees the connection.
        response.body?.cancel().catch(() => {})
        const step =
          hops === MAX_REDIRECTS
            ? ({ type: 'refuse', reason: `it redirected more than ${MAX_REDIRECTS} times` } as const)
            : nextRedirectHop(hop, location, response.status, context.origin, deps.allowInsecureHttp === true)
        if (step.type === 'refuse')
          return { type: 'redirect-refused', status: response.status, reason: step.reason }
        logger.debug(
          `↪ ${response.status} ${method} ${context.safeUrl()} → ${redactor.redactString(step.hop.url)}` +
            (step.hop.sameOrigin ? '' : ' (another host: sent without Authorization or our headers)'),
        )
        hop = step.hop
        response = await fetchHop(hop, deadline.signal)
      }
      status = response.status
      const streamed = request.responseType === 'stream' && isSuccess(response.status)
      const bytes = streamed ? undefined : await readBodyBytes(response, deadline, maxResponseBytes)
      if (event !== undefined || debug) {
        const durationMs = now() - started
        if (event !== undefined) {
          callHook(
            'onResponse',
            hooks.onResponse,
            { ...event, status: response.status, durationMs },
            redactor,
            logger,
          )
        }
        if (debug) {
          logger.debug(`← ${response.status} ${method} ${context.safeUrl()}`, {
            attempt: attemptNumber,
            durationMs,
          })
        }
      }
      // A 401 from another host says nothing about our token: it was never sent there.
      return { type: 'response', response, bytes, token: hop.sameOrigin ? token : undefined }
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal)
      if (error instanceof ResponseTooLargeError) return { type: 'too-large', status, limit: error.limit }
      if (deadline.timedOut()) return { type: 'timeout' }
      // Only the request as the caller built it: a redirect's target is the server's doing.
      if (hop.url === request.url && error instanceof TypeError && refusedLocally(error, hop))
        return { type: 'refused-locally', error }
      return { type: 'network', error, sent: !wasNeverSent(error) }
    } finally {
      deadline.clear()
    }
  }

  /**
   * What a failed attempt means: the failure the retry rules judge, and the error the call ends
   * with if it is the last. Throws at once for what is never retried (a refused redirect, a body
   * over the cap, a local refusal). Answers `undefined` for a 401 worth a fresh token.
   */
  async function readFailure(
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
      const read = successData(request, () => context.safeUrl(), response, result.bytes, redactor)
      if ('data' in read) return { data: read.data, response }
      return { failure: { type: 'malformed' }, retryAfterMs: undefined, error: () => read.malformed }
    }
    const body = parseBodyText(
      decodeText(result.bytes ?? new Uint8Array(0)),
      response.headers.get('content-type'),
    )
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

  /** Tells hooks and the log that the call goes again, and waits before it does. */
  async function retryRequest(
    context: TransportContext,
    failed: FailedAttempt,
    attempts: number,
    retries: number,
    retry: RetryOptions,
  ): Promise<void> {
    const { request } = context
    const status = failed.failure.type === 'status' ? failed.failure.status : undefined
    const delayMs = retryDelay({ retryNumber: retries, retry, retryAfterMs: failed.retryAfterMs, status })
    const reason = describeFailure(failed.failure)
    const safeUrl = context.safeUrl()
    callHook(
      'onRetry',
      hooks.onRetry,
      {
        method: request.method,
        url: safeUrl,
        attempt: attempts,
        headers: {},
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

  function failedRequest(context: TransportContext) {
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

  /** Attempts, judged and retried by the rules, until a value or a final error. */
  async function run(
    context: TransportContext,
    progress: { attempts: number; last: string | undefined },
  ): Promise<TransportResponse> {
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
      if ('data' in read)
        return { status: read.response.status, headers: read.response.headers, data: read.data }
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
      await retryRequest(context, read, progress.attempts, retries, retry)
    }
  }

  async function execute(request: TransportRequest): Promise<TransportResponse> {
    if (request.deadlineMs === undefined) return run(contextOf(request), { attempts: 0, last: undefined })
    // The whole call listens to one signal that also ends it at its deadline.
    const progress: { attempts: number; last: string | undefined } = { attempts: 0, last: undefined }
    const deadlineMs = request.deadlineMs
    let context: TransportContext | undefined
    const deadline = new CallDeadline(deadlineMs, request.signal, () =>
      deadlineError(
        context === undefined
          ? {
              method: request.method,
              url: redactor.redactString(request.url),
              timeoutMs: request.timeoutMs,
              retry: request.retry,
            }
          : failedRequest(context),
        deadlineMs,
        progress.attempts,
        progress.last,
      ),
    )
    try {
      context = contextOf({ ...request, signal: deadline.signal })
      return await run(context, progress)
    } finally {
      deadline.clear()
    }
  }

  return { execute }
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
