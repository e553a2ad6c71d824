import { type Span, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api'
import type { HaloHooks } from '../../src/index.js'

/**
 * Hooks that trace every Halo call as one client span, named by its route template
 * (`GET /Tickets/{id}`), with its status, its retries and its rate-limit waits as events.
 */
export function openTelemetryHooks(tracer: Tracer): HaloHooks {
  // Spans by request id: every hook of one call carries the same id.
  const spans = new Map<string, Span>()
  return {
    onRequest(event) {
      let span = spans.get(event.requestId)
      if (span === undefined) {
        span = tracer.startSpan(`${event.method} ${event.route}`, {
          kind: SpanKind.CLIENT,
          attributes: {
            'http.request.method': event.method,
            'url.template': event.route,
            'url.full': event.url,
            'halo.request_id': event.requestId,
            ...(event.operation === undefined ? {} : { 'halo.operation': event.operation }),
          },
        })
        spans.set(event.requestId, span)
      }
      if (event.attempt > 1) span.setAttribute('http.request.resend_count', event.attempt - 1)
      if (event.rateLimitWaitMs !== undefined)
        span.addEvent('halo.rate_limit_wait', {
          'halo.wait_ms': event.rateLimitWaitMs,
          'halo.attempt': event.attempt,
        })
    },
    onRetry(event) {
      const span = spans.get(event.requestId)
      span?.addEvent('halo.retry', {
        'halo.attempt': event.attempt,
        'halo.retry.reason': event.reason,
        'halo.retry.delay_ms': event.delayMs,
        ...(event.status === undefined ? {} : { 'http.response.status_code': event.status }),
      })
      // Halo's 429 makes the call wait out its window: a rate-limit wait like the limiter's.
      if (event.status === 429)
        span?.addEvent('halo.rate_limit_wait', {
          'halo.wait_ms': event.delayMs,
          'halo.attempt': event.attempt,
        })
    },
    onEnd(event) {
      // A call refused before sending (open circuit, limiter wait too long) had no onRequest.
      const span =
        spans.get(event.requestId) ??
        tracer.startSpan(`${event.method} ${event.route}`, {
          kind: SpanKind.CLIENT,
          startTime: Date.now() - event.durationMs,
          attributes: { 'http.request.method': event.method, 'url.template': event.route },
        })
      spans.delete(event.requestId)
      if (event.status !== undefined) span.setAttribute('http.response.status_code', event.status)
      span.setAttribute('halo.attempts', event.attempts)
      if (event.error !== undefined) {
        span.setAttribute('error.type', event.error.name)
        span.setStatus({ code: SpanStatusCode.ERROR, message: event.error.message })
      }
      span.end()
    },
  }
}
