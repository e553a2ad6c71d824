import type { AccessToken } from '../auth/token.js'
import type { AttemptOutcome, CircuitBreaker, CircuitPermit } from '../circuit-breaker/circuit-breaker.js'
import { isHaloCircuitOpenError } from '../circuit-breaker/halo-circuit-open-error.js'
import { HaloConnectionError } from '../errors/halo-connection-error.js'
import type { HaloError } from '../errors/halo-error.js'
import { HaloTimeoutError } from '../errors/halo-timeout-error.js'
import { HaloUnexpectedResponseError } from '../errors/halo-unexpected-response-error.js'
import { callHook } from '../hooks/call-hook.js'
import type { HttpMethod } from '../operation/descriptor.js'
import type { HaloHooks } from '../options/hooks.js'
import type { ResponseType } from '../options/request-options.js'
import { DEFAULT_RETRY } from '../options/resolve-options.js'
import type { RetryOptions } from '../options/retry-options.js'
import { parseRateLimitText } from '../rate-limit/parse-rate-limit-text.js'
import type { RateLimiter } from '../rate-limit/rate-limiter.js'
import { type CompleteLogger, logs } from '../redaction/redacting-logger.js'
import type { Redactor } from '../redaction/redactor.js'
import { abortableSleep } from '../timing/abortable-sleep.js'
import { abortReason } from './abort.js'
import { type AttemptDeadline, OwnAttemptDeadline } from './attempt-deadline.js'
import { DeadlineCohorts } from './deadline-cohorts.js'
import type { EncodedBody } from './encode-body.js'
import {
  describeRequest,
  errorBodyOf,
  errorFromResponse,
  type FailedResponse,
  htmlPageError,
} from './error-from-response.js'
import { innermostCause, networkErrorMessage, wasNeverSent } from './network-error.js'
import { type ParsedBody, parseBodyText } from './parse-body.js'
import { decodeText, readBodyBytes } from './read-body.js'
import { redactHeaders } from './redact-headers.js'
import { MAX_REDIRECTS, nextRedirectHop, type RequestHop, redirectLocation } from './redirects.js'
import { RequestContext } from './request-context.js'
import { type AttemptFailure, parseRetryAfter, retryDelay, shouldRetry } from './retry-policy.js'

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
  readonly now?: () => number
}

type AttemptResult =
  | {
      readonly type: 'response'
      readonly response: Response
      readonly bytes: Uint8Array | undefined
      readonly token: AccessToken | undefined
    }
  | { readonly type: 'timeout' }
  | { readonly type: 'network'; readonly error: unknown; readonly sent: boolean }
  /** Halo (or something in front of it) redirected where the client will not follow. */
  | { readonly type: 'redirect-refused'; readonly status: number; readonly reason: string }

function isSuccess(status: number): boolean {
  return status >= 200 && status < 400
}

/** What an attempt says about the host's health (see the circuit breaker). */
function outcomeOf(result: AttemptResult): AttemptOutcome {
  if (result.type === 'timeout' || result.type === 'network') return 'failure'
  if (result.type === 'redirect-refused') return 'success'
  const { status } = result.response
  if (status >= 500 || status === 408) return 'failure'
  return status === 429 ? 'neutral' : 'success'
}

function targetOf(url: string): { readonly host: string; readonly origin: string } {
  try {
    const parsed = new URL(url)
    return { host: parsed.host, origin: parsed.origin }
  } catch {
    return { host: url, origin: url }
  }
}

type TransportContext = RequestContext<TransportRequest>

/** What every request asks for; a JSON API first. */
const ACCEPT = 'application/json, text/plain;q=0.9, */*;q=0.1'

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

  /** Lets one attempt through the host's circuit (throws when it is open); none without a breaker. */
  function admit(context: TransportContext): CircuitPermit | undefined {
    return deps.breaker?.admit(context.host, context)
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
    if (typeof ReadableStream !== 'undefined' && hop.body instanceof ReadableStream) init.duplex = 'half'
    return deps.fetch()(hop.url, init)
  }

  async function sendAttempt(context: TransportContext, attemptNumber: number): Promise<AttemptResult> {
    const { request } = context
    const { method, signal } = request
    let release: (() => void) | undefined
    if (request.kind === 'api') {
      const api = limiter()
      // Admitted at once in the common case, without a round through the event loop.
      release = api.tryAcquire(signal) ?? (await api.acquire(signal))
    }
    try {
      let token: AccessToken | undefined
      let headers = context.headers
      if (request.kind === 'api') {
        const source = tokens()
        token = (signal?.aborted ? undefined : source.cachedToken?.()) ?? (await source.getToken(signal))
        headers = headers === apiHeaders ? apiHeadersWith(token) : withBearer(headers, token)
      }
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
      try {
        let hop: RequestHop = {
          url: request.url,
          method,
          headers,
          body: request.body?.body,
          sameOrigin: true,
        }
        let response = await fetchHop(hop, deadline.signal)
        for (let hops = 0; ; hops++) {
          const location = redirectLocation(response)
          if (location === undefined) break
          // The redirect's own body is never read; cancelling it frees the connection.
          response.body?.cancel().catch(() => {})
          const step =
            hops === MAX_REDIRECTS
              ? ({ type: 'refuse', reason: `it redirected more than ${MAX_REDIRECTS} times` } as const)
              : nextRedirectHop(
                  hop,
                  location,
                  response.status,
                  context.origin,
                  deps.allowInsecureHttp === true,
                )
          if (step.type === 'refuse')
            return { type: 'redirect-refused', status: response.status, reason: step.reason }
          logger.debug(
            `↪ ${response.status} ${method} ${context.safeUrl()} → ${redactor.redactString(step.hop.url)}` +
              (step.hop.sameOrigin ? '' : ' (another host: sent without Authorization or our headers)'),
          )
          hop = step.hop
          response = await fetchHop(hop, deadline.signal)
        }
        const streamed = request.responseType === 'stream' && isSuccess(response.status)
        const bytes = streamed ? undefined : await readBodyBytes(response, deadline)
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
        if (deadline.timedOut()) return { type: 'timeout' }
        return { type: 'network', error, sent: !wasNeverSent(error) }
      } finally {
        deadline.clear()
      }
    } finally {
      // A stream answer frees its slot once the headers are in; the caller owns the body from here.
      release?.()
    }
  }

  /**
   * The data of a 2xx/3xx answer. A body that claims JSON and does not parse comes back as
   * `malformed` rather than thrown: most often the connection was cut mid-body, and a GET may be
   * asked again.
   */
  function successData(
    context: TransportContext,
    result: AttemptResult & { type: 'response' },
  ): { readonly data: unknown } | { readonly malformed: HaloError } {
    const { request } = context
    const { response, bytes } = result
    const responseType = request.responseType ?? 'json'
    if (bytes === undefined) return { data: response.body }
    if (responseType === 'bytes') return { data: bytes }
    const text = decodeText(bytes)
    if (responseType === 'text') return { data: text }
    const parsed = parseBodyText(text, response.headers.get('content-type'))
    switch (parsed.kind) {
      case 'empty':
        return { data: undefined }
      case 'json':
        return { data: parsed.value }
      case 'text':
        return { data: parsed.text }
      case 'html':
        throw htmlPageError(
          { status: response.status, method: request.method, url: context.safeUrl(), body: parsed },
          redactor,
        )
      case 'invalid-json': {
        const url = context.safeUrl()
        return {
          malformed: new HaloUnexpectedResponseError(
            `${describeRequest(request.method, url)} answered ${response.status} with a body that is not valid JSON ` +
              `(${parsed.reason}). Check baseUrl, and whether something between you and Halo rewrites or cuts responses.`,
            { status: response.status, method: request.method, url, body: errorBodyOf(parsed, redactor) },
          ),
        }
      }
    }
  }

  async function learnFrom429(body: ParsedBody, retryAfterMs: number | undefined): Promise<void> {
    const text = body.kind === 'json' ? jsonText(body.value) : body.kind === 'empty' ? '' : body.text
    const learned = parseRateLimitText(text)
    if (learned !== undefined) {
      limiter().learn(learned)
      logger.warn('Halo answered 429 naming its window; the limiter now keeps to it', { ...learned })
    }
    if (retryAfterMs !== undefined) {
      try {
        await limiter().blockUntil(now() + retryAfterMs)
      } catch (error) {
        logger.warn('The rate-limit store could not record a block', { error })
      }
    }
  }

  function finalError(
    context: TransportContext,
    failure: AttemptFailure,
    attempts: number,
    cause: unknown,
  ): HaloError {
    const { request } = context
    const url = context.safeUrl()
    const what = describeRequest(request.method, url)
    const tries = attempts === 1 ? '' : ` (after ${attempts} attempts)`
    if (failure.type === 'timeout') {
      const unsafe = !(request.idempotent ?? (request.method === 'GET' || request.method === 'DELETE'))
      const advice =
        unsafe && request.retry !== false && !request.retry.retryUnsafeWrites
          ? ' The request may have reached Halo, so it was not repeated (repeating a write could duplicate a record): check in Halo before sending it again, or opt in with retry.retryUnsafeWrites.'
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
      {
        method: request.method,
        url,
        cause: safeCause,
      },
    )
  }

  function redirectRefusedError(context: TransportContext, status: number, reason: string): HaloError {
    const { request } = context
    const url = context.safeUrl()
    return new HaloUnexpectedResponseError(
      `${describeRequest(request.method, url)} answered ${status}, a redirect the client will not follow: ${redactor.redactString(reason)}. ` +
        'Check baseUrl (it should be the instance root Halo serves its API on) and any proxy in front of Halo.',
      { status, method: request.method, url },
    )
  }

  async function execute(request: TransportRequest): Promise<TransportResponse> {
    const retry = request.retry
    // A streamed upload cannot be sent twice.
    const canRepeat = !(typeof ReadableStream !== 'undefined' && request.body?.body instanceof ReadableStream)
    let retries = 0
    let attempts = 0
    let refreshedToken = false
    // How the previous failed attempt would end the call, had it been the last one.
    let lastFailure: (() => HaloError) | undefined
    const context = contextOf(request)
    const { host } = context
    for (;;) {
      request.signal?.throwIfAborted()
      attempts += 1
      let result: AttemptResult
      let permit: CircuitPermit | undefined
      try {
        permit = admit(context)
        result = await sendAttempt(context, attempts)
      } catch (error) {
        permit?.report('abandoned')
        // The circuit opened while this call waited to retry: it ends with its own last failure,
        // which says more than "not sent".
        if (lastFailure !== undefined && isHaloCircuitOpenError(error)) throw lastFailure()
        throw error
      }
      permit?.report(outcomeOf(result))
      if (result.type === 'redirect-refused')
        throw redirectRefusedError(context, result.status, result.reason)
      let failure: AttemptFailure
      let retryAfterMs: number | undefined
      let failedResponse: FailedResponse | undefined
      let malformed: HaloError | undefined
      if (result.type === 'response' && isSuccess(result.response.status)) {
        const read = successData(context, result)
        if ('data' in read) {
          return { status: result.response.status, headers: result.response.headers, data: read.data }
        }
        malformed = read.malformed
        failure = { type: 'malformed' }
      } else if (result.type === 'response') {
        const { response } = result
        const body = parseBodyText(
          decodeText(result.bytes ?? new Uint8Array(0)),
          response.headers.get('content-type'),
        )
        if (
          response.status === 401 &&
          request.kind === 'api' &&
          !refreshedToken &&
          result.token !== undefined
        ) {
          // A token can be revoked or expire early: fetch a fresh one and replay once. This is not a
          // retry (the request was refused, not processed), so it never counts against them.
          refreshedToken = true
          logger.info('Halo refused the access token (401); fetching a new one and replaying once')
          await tokens().refreshAfterRejection(result.token, request.signal)
          continue
        }
        retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now())
        if (response.status === 429 && request.kind === 'api') {
          // A Retry-After holds every caller of the tenant, so a hostile or broken one (a year) is
          // capped like our own waits.
          const cap = retry === false ? DEFAULT_RETRY.maxDelayMs : retry.maxDelayMs
          await learnFrom429(body, retryAfterMs === undefined ? undefined : Math.min(retryAfterMs, cap))
        }
        failure = { type: 'status', status: response.status }
        failedResponse = {
          status: response.status,
          method: request.method,
          url: context.safeUrl(),
          body,
          retryAfterSeconds: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
        }
      } else {
        failure = result.type === 'timeout' ? { type: 'timeout' } : { type: 'network', sent: result.sent }
      }

      const failedWith = failedResponse
      const attemptsSoFar = attempts
      const cause = result.type === 'network' ? result.error : undefined
      const failedAs = failure
      lastFailure = () => {
        if (malformed !== undefined) return malformed
        if (failedWith !== undefined)
          return (request.errorFor ?? ((failed) => errorFromResponse(failed, redactor)))(failedWith)
        return finalError(context, failedAs, attemptsSoFar, cause)
      }
      const mayRetry =
        retry !== false &&
        canRepeat &&
        retries < retry.retries &&
        shouldRetry(failure, request.method, retry, request.idempotent)
      if (!mayRetry) throw lastFailure()
      if (deps.breaker?.refuses(host) === true) {
        // Retrying into an open circuit would only be refused: the call ends with what Halo said.
        logger.warn(`Not retrying ${request.method} ${context.safeUrl()}: Halo at ${host} keeps failing`)
        throw lastFailure()
      }
      retries += 1
      const status = failure.type === 'status' ? failure.status : undefined
      const delayMs = retryDelay({ retryNumber: retries, retry, retryAfterMs, status })
      const reason =
        failure.type === 'status'
          ? `status ${failure.status}`
          : failure.type === 'malformed'
            ? 'malformed body'
            : failure.type === 'timeout'
              ? 'timeout'
              : 'network error'
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
  }

  return { execute }
}

/** JSON text of a parsed body; '' when it cannot be written back (a hostile body nested 20 000 deep). */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return ''
  }
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
