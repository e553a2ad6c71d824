import type { AccessToken } from '../auth/token.js'
import { callHook } from '../hooks/call-hook.js'
import type { HaloHooks, RequestHookEvent } from '../options/hooks.js'
import { type CompleteLogger, logs } from '../redaction/redacting-logger.js'
import type { Redactor } from '../redaction/redactor.js'
import { abortReason } from './abort.js'
import { type AttemptDeadline, OwnAttemptDeadline } from './attempt-deadline.js'
import { type AttemptResult, isSuccess } from './attempt-result.js'
import { DeadlineCohorts } from './deadline-cohorts.js'
import { refusedLocally } from './local-rejection.js'
import { wasNeverSent } from './network-error.js'
import { ResponseTooLargeError, readBodyBytes } from './read-body.js'
import { redactHeaders } from './redact-headers.js'
import { MAX_REDIRECTS, nextRedirectHop, type RequestHop, redirectLocation } from './redirects.js'
import type { TransportContext, TransportRequest } from './transport-types.js'
import { WholeBody } from './whole-body.js'
import { createWireFetch } from './wire-fetch.js'

export interface WireDependencies {
  readonly fetch: () => typeof globalThis.fetch
  readonly redactor: Redactor
  readonly logger: CompleteLogger
  readonly hooks: HaloHooks
  readonly allowInsecureHttp: boolean
  readonly maxResponseBytes: number
  readonly now: () => number
}

export type SendOverWire = (
  context: TransportContext,
  attemptNumber: number,
  headers: Readonly<Record<string, string>>,
  token: AccessToken | undefined,
) => Promise<AttemptResult>

export function isStreamBody(body: unknown): boolean {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream
}

/**
 * The wire part of an attempt (openai-node's `makeRequest` minus the waits): hooks, fetch, the
 * redirects we accept, and the body under the attempt's deadline, with every way it can end
 * reported as an `AttemptResult` rather than thrown (except the caller's abort).
 */
export function createWireSender(deps: WireDependencies): SendOverWire {
  const { redactor, logger, hooks, now, maxResponseBytes } = deps
  const cohorts = new DeadlineCohorts()
  /**
   * Most attempts share a deadline's signal with others that started in the same millisecond. A
   * caller's signal needs one of its own, and so does a streamed download, whose body is read after
   * the attempt (and must not be cut when the shared timer fires for the others): the caller reads
   * it under a deadline per read of its own (`body-deadline.ts`).
   */
  function startDeadline(request: TransportRequest): AttemptDeadline {
    return request.signal === undefined && request.responseType !== 'stream'
      ? cohorts.start(request.timeoutMs)
      : new OwnAttemptDeadline(request.timeoutMs, request.signal)
  }

  // Through ofetch (see wire-fetch.ts and docs/decisions/0004); redirects are followed below, where
  // we decide what crosses to another host.
  const wireFetch = createWireFetch(deps.fetch)
  const fetchHop = (hop: RequestHop, signal: AbortSignal): Promise<Response> =>
    wireFetch({ url: hop.url, method: hop.method, headers: hop.headers, body: hop.body, signal })

  /** The attempt's `onRequest` event and debug line, built only for someone who reads them. */
  function announce(
    context: TransportContext,
    attemptNumber: number,
    headers: Readonly<Record<string, string>>,
  ): { readonly event: RequestHookEvent | undefined; readonly debug: boolean } {
    const { request } = context
    const event: RequestHookEvent | undefined =
      hooks.onRequest === undefined && hooks.onResponse === undefined
        ? undefined
        : {
            requestId: context.requestId,
            method: request.method,
            url: context.safeUrl(),
            attempt: attemptNumber,
            headers: redactHeaders(headers),
            route: context.route,
            ...(request.operation === undefined ? {} : { operation: request.operation }),
            ...(context.rateLimitWaitMs > 0 ? { rateLimitWaitMs: context.rateLimitWaitMs } : {}),
          }
    if (event !== undefined) callHook('onRequest', hooks.onRequest, event, redactor, logger)
    const debug = logs(logger, 'debug')
    if (debug) logger.debug(`→ ${request.method} ${context.safeUrl()}`, { attempt: attemptNumber })
    return { event, debug }
  }

  /**
   * Fetches the attempt's first hop, then each redirect we accept (`redirects.ts`), and answers the
   * final response, or a refusal. `chain.hop` always holds the hop being fetched (the error
   * reading needs it).
   */
  async function followRedirects(
    context: TransportContext,
    chain: { hop: RequestHop },
    signal: AbortSignal,
  ): Promise<{ readonly response: Response } | { readonly refused: AttemptResult }> {
    let response = await fetchHop(chain.hop, signal)
    for (let hops = 0; ; hops++) {
      const location = redirectLocation(response)
      if (location === undefined) return { response }
      // The redirect's own body is never read; cancelling it frees the connection.
      response.body?.cancel().catch(() => {})
      const step =
        hops === MAX_REDIRECTS
          ? ({ type: 'refuse', reason: `it redirected more than ${MAX_REDIRECTS} times` } as const)
          : nextRedirectHop(chain.hop, location, response.status, context.origin, deps.allowInsecureHttp)
      if (step.type === 'refuse')
        return { refused: { type: 'redirect-refused', status: response.status, reason: step.reason } }
      logger.debug(
        `↪ ${response.status} ${chain.hop.method} ${context.safeUrl()} → ${redactor.redactString(step.hop.url)}` +
          (step.hop.sameOrigin ? '' : ' (another host: sent without Authorization or our headers)'),
      )
      chain.hop = step.hop
      response = await fetchHop(chain.hop, signal)
    }
  }

  /** The attempt's `onResponse` event and debug line, once the body is in. */
  function reportResponse(
    context: TransportContext,
    attemptNumber: number,
    announced: { readonly event: RequestHookEvent | undefined; readonly debug: boolean },
    status: number,
    started: number,
  ): void {
    const { event, debug } = announced
    if (event === undefined && !debug) return
    const durationMs = now() - started
    if (event !== undefined)
      callHook('onResponse', hooks.onResponse, { ...event, status, durationMs }, redactor, logger)
    if (debug)
      logger.debug(`← ${status} ${context.request.method} ${context.safeUrl()}`, {
        attempt: attemptNumber,
        durationMs,
      })
  }

  /** What a thrown attempt means (the caller's abort is thrown on, as the caller's own). */
  function failedAttempt(
    context: TransportContext,
    error: unknown,
    deadline: AttemptDeadline,
    hop: RequestHop,
    status: number,
  ): AttemptResult {
    const { request } = context
    if (request.signal?.aborted) throw abortReason(request.signal)
    if (error instanceof ResponseTooLargeError) return { type: 'too-large', status, limit: error.limit }
    if (deadline.timedOut()) return { type: 'timeout' }
    // Only the request as the caller built it: a redirect's target is the server's doing.
    if (hop.url === request.url && error instanceof TypeError && refusedLocally(error, hop))
      return { type: 'refused-locally', error }
    return { type: 'network', error, sent: !wasNeverSent(error) }
  }

  /**
   * One attempt on the wire, in steps: `announce` it, `followRedirects`, read the body under the
   * attempt's deadline and size cap, `reportResponse`; a throw is read by `failedAttempt`.
   */
  return async function sendOverWire(
    context: TransportContext,
    attemptNumber: number,
    headers: Readonly<Record<string, string>>,
    token: AccessToken | undefined,
  ): Promise<AttemptResult> {
    const { request } = context
    const announced = announce(context, attemptNumber, headers)
    const started = now()
    const deadline = startDeadline(request)
    const chain = {
      hop: { url: request.url, method: request.method, headers, body: request.body?.body, sameOrigin: true },
    }
    let status = 0
    try {
      const followed = await followRedirects(context, chain, deadline.signal)
      if ('refused' in followed) return followed.refused
      const { response } = followed
      status = response.status
      const streamed = request.responseType === 'stream' && isSuccess(response.status)
      const body = streamed
        ? undefined
        : new WholeBody(await readBodyBytes(response, deadline, maxResponseBytes))
      reportResponse(context, attemptNumber, announced, response.status, started)
      // A 401 from another host says nothing about our token: it was never sent there.
      return { type: 'response', response, body, token: chain.hop.sameOrigin ? token : undefined }
    } catch (error) {
      return failedAttempt(context, error, deadline, chain.hop, status)
    } finally {
      deadline.clear()
    }
  }
}
