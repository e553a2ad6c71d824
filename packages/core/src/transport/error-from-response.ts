import { HaloAuthenticationError } from '../errors/halo-authentication-error.js'
import { HaloError } from '../errors/halo-error.js'
import { HaloPermissionError } from '../errors/halo-permission-error.js'
import { HaloRateLimitError } from '../errors/halo-rate-limit-error.js'
import { HaloResourceNotFound } from '../errors/halo-resource-not-found.js'
import { HaloServerError } from '../errors/halo-server-error.js'
import { HaloUnexpectedResponseError } from '../errors/halo-unexpected-response-error.js'
import { HaloValidationError } from '../errors/halo-validation-error.js'
import type { HttpMethod } from '../operation/descriptor.js'
import type { Redactor } from '../redaction/redactor.js'
import { clipMessage, describeErrorBody } from './describe-error-body.js'
import type { ParsedBody } from './parse-body.js'

/** The most of a text body an error keeps (HTML pages can be large). */
const MAX_BODY_TEXT = 2_000

/** What the error factories need to know about a failed response. */
export interface FailedResponse {
  readonly status: number
  readonly method: HttpMethod
  /** Full URL, already redacted. */
  readonly url: string
  readonly body: ParsedBody
  /** Seconds from `Retry-After`, when sent. */
  readonly retryAfterSeconds?: number | undefined
  /** A sentence to end the message with (why the request was not repeated). */
  readonly advice?: string | undefined
}

/**
 * The body an error carries: parsed JSON or clipped text, redacted. Redacted first, then clipped:
 * a secret cut in two by the clip would no longer match, and its first part would leak.
 */
export function errorBodyOf(body: ParsedBody, redactor: Redactor): unknown {
  switch (body.kind) {
    case 'empty':
      return undefined
    case 'json':
      return redactor.redactValue(body.value)
    default: {
      const text = redactor.redactString(body.text)
      return text.length > MAX_BODY_TEXT ? `${text.slice(0, MAX_BODY_TEXT)}…` : text
    }
  }
}

/** `GET /api/Tickets/5` for messages: the host is in `url`, the path is what the reader needs. */
export function describeRequest(method: HttpMethod, url: string): string {
  try {
    const parsed = new URL(url)
    return `${method} ${parsed.pathname}`
  } catch {
    return `${method} ${url}`
  }
}

function hintFor(status: number): string {
  if (status === 400) return 'Check the fields sent; Halo rejected them.'
  if (status === 401) {
    return 'The access token was refused even after a fresh one was fetched; check that the API application is active and that its agent can log in.'
  }
  if (status === 403) {
    return "Check the application's scopes (e.g. edit:tickets) and the permissions of the agent it logs in as."
  }
  if (status === 404) return 'Check the id, and the path (paths are relative to /api).'
  if (status === 408) return 'Halo timed the request out; retry later.'
  if (status === 429) {
    return "The tenant's rate limit was exceeded; lower rateLimit or maxConcurrency, or spread the work out."
  }
  if (status >= 500)
    return 'Halo failed to handle the request; retry later, and check the request if it persists.'
  return 'Check the request.'
}

/**
 * An HTML page where JSON was due on a success status: a wrong baseUrl, a proxy or a login page
 * answered instead of Halo's API.
 */
export function htmlPageError(response: FailedResponse, redactor: Redactor): HaloUnexpectedResponseError {
  return new HaloUnexpectedResponseError(
    `Halo returned an HTML page (status ${response.status}) — ${CHECK_BASE_URL} ` +
      `(${describeRequest(response.method, response.url)}).`,
    {
      status: response.status,
      method: response.method,
      url: response.url,
      body: errorBodyOf(response.body, redactor),
    },
  )
}

export const CHECK_BASE_URL =
  'check baseUrl: it should be the instance root (https://acme.halopsa.com), and nothing (a proxy, a login page) should sit in front of /api'

/**
 * Maps an HTTP failure (after any retries) to its error class with a message saying what to check.
 * The class follows the status whatever the body: a proxy's HTML page on a 502 is a server failure,
 * on a 429 a rate limit. Only a 404 page suggests the base URL is wrong.
 */
export function errorFromResponse(response: FailedResponse, redactor: Redactor): HaloError {
  const { status, method, url } = response
  const summary = describeErrorBody(response.body)
  const said =
    response.body.kind === 'html'
      ? " with an HTML page (a proxy or gateway answered, not Halo's API)"
      : summary.message === undefined
        ? ''
        : `: ${clipMessage(redactor.redactString(summary.message))}`
  const hint =
    response.body.kind === 'html' && status === 404
      ? `Check the path, and ${CHECK_BASE_URL}.`
      : hintFor(status)
  const advice = response.advice === undefined ? '' : ` ${response.advice}`
  const message = `${describeRequest(method, url)} failed with ${status}${said}. ${hint}${advice}`
  const details = { status, method, url, body: errorBodyOf(response.body, redactor) }
  if (status === 400 || status === 422) {
    const errors = summary.fieldErrors === undefined ? undefined : redactor.redactValue(summary.fieldErrors)
    return new HaloValidationError(message, { ...details, errors, source: 'halo' })
  }
  if (status === 401) return new HaloAuthenticationError(message, details)
  if (status === 403) return new HaloPermissionError(message, details)
  if (status === 404) return new HaloResourceNotFound(message, details)
  if (status === 429)
    return new HaloRateLimitError(message, { ...details, retryAfter: response.retryAfterSeconds })
  if (status >= 500) return new HaloServerError(message, details)
  return new HaloError(message, details)
}
