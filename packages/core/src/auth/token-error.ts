import { HaloAuthenticationError } from '../errors/halo-authentication-error.js'
import { HaloConnectionError } from '../errors/halo-connection-error.js'
import type { HaloError } from '../errors/halo-error.js'
import { HaloRateLimitError } from '../errors/halo-rate-limit-error.js'
import { HaloServerError } from '../errors/halo-server-error.js'
import type { Redactor } from '../redaction/redactor.js'
import { clipMessage, describeErrorBody } from '../transport/describe-error-body.js'
import { errorBodyOf, type FailedResponse } from '../transport/error-from-response.js'

/** Which grant was asked for, and with what, so a failure can name the likely culprit. */
export interface TokenRequestContext {
  readonly grant: 'client_credentials' | 'authorization_code' | 'refresh_token'
  readonly tokenUrl: string
  readonly tenant: string | undefined
  readonly scope: string | undefined
}

function culprit(
  failure: FailedResponse,
  context: TokenRequestContext,
  oauthError: string | undefined,
  said: string,
): string {
  const tenantHint =
    context.tenant === undefined
      ? ' If the instance is Halo-hosted, also check tenant (sent as ?tenant= on the token URL; none was sent).'
      : ''
  // An HTML page blames authUrl unless the status says the server failed (a proxy's 502/503 page).
  if (
    (failure.body.kind === 'html' && failure.status < 500) ||
    failure.status === 404 ||
    failure.status === 405
  ) {
    return `check authUrl: ${context.tokenUrl} is not a token endpoint (it should be {authUrl}/token, e.g. https://acme.halopsa.com/auth/token, or the Authorisation Server shown under Configuration > Integrations > Halo API).`
  }
  if (/tenant/i.test(said)) {
    return context.tenant === undefined
      ? 'check tenant: Halo mentions a tenant and none was sent; pass the tenant option.'
      : `check tenant ('${context.tenant}' was sent).`
  }
  switch (oauthError) {
    case 'invalid_scope':
      return `check scope ('${context.scope ?? ''}'): the application must be granted every scope asked for (e.g. all, or read:tickets edit:tickets).`
    case 'unsupported_grant_type':
    case 'unauthorized_client':
      return `check the application's Authentication Method in Halo: it does not allow the ${context.grant} grant (client credentials need "Client ID and Secret (Services)").${tenantHint}`
    case 'invalid_grant':
      if (context.grant === 'authorization_code') {
        return 'check the authorization code (single use, short-lived) and that codeVerifier and redirectUri match the authorize request.'
      }
      if (context.grant === 'refresh_token') {
        return 'the refresh token expired or was already used (Halo refresh tokens are single-use); sign the user in again.'
      }
      return `check clientId and clientSecret.${tenantHint}`
    case 'invalid_client':
      return `check clientId and clientSecret (and that the application is active).${tenantHint}`
  }
  if (failure.status === 401 || failure.status === 403) return `check clientId and clientSecret.${tenantHint}`
  if (failure.status >= 500) return 'the authorisation server failed; retry later.'
  return `check clientId, clientSecret and scope ('${context.scope ?? ''}').${tenantHint}`
}

/**
 * A failed token request, with a message naming what is most likely wrong. Never holds the secret.
 * A refusal is a `HaloAuthenticationError`; the authorisation server failing (5xx) or pacing us
 * (429) keeps the class its status gives, as any other call's would.
 */
export function tokenErrorFor(
  failure: FailedResponse,
  context: TokenRequestContext,
  redactor: Redactor,
): HaloError {
  const summary = describeErrorBody(failure.body)
  const said = summary.message === undefined ? '' : clipMessage(redactor.redactString(summary.message))
  const page = failure.body.kind === 'html' ? ' with an HTML page' : ''
  const code =
    summary.oauthError !== undefined && !said.includes(summary.oauthError) ? ` (${summary.oauthError})` : ''
  const message =
    `The token request (${context.grant}) to ${failure.url} ${failure.status >= 500 ? 'failed' : 'was refused'} with ${failure.status}${page}` +
    `${said === '' ? '' : `: ${said}`}${code} — ${culprit(failure, context, summary.oauthError, said)}`
  const details = {
    status: failure.status,
    method: 'POST' as const,
    url: failure.url,
    body: errorBodyOf(failure.body, redactor),
  }
  if (failure.status >= 500) return new HaloServerError(message, details)
  if (failure.status === 429)
    return new HaloRateLimitError(message, { ...details, retryAfter: failure.retryAfterSeconds })
  return new HaloAuthenticationError(message, { ...details, oauthError: summary.oauthError })
}

/** The authorisation server could not be reached at all: a connection error, not a refusal. */
export function tokenConnectionError(message: string, cause: unknown, tokenUrl: string): HaloConnectionError {
  return new HaloConnectionError(
    `${message.replace(/could not reach Halo/, 'could not reach the authorisation server')} Check authUrl (${tokenUrl}) and baseUrl, and that the network can reach them.`,
    { method: 'POST', url: tokenUrl, cause },
  )
}
