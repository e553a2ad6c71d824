import type { RetryOptions } from '../options/retry-options.js'
import type { Redactor } from '../redaction/redactor.js'
import type { Transport } from '../transport/transport.js'
import type { AccessToken } from './token.js'
import { type TokenRequestContext, tokenConnectionError, tokenErrorFor } from './token-error.js'
import { parseTokenResponse } from './token-response.js'

/** `{authUrl}/token`, with `?tenant=` for hosted tenants (the majority practice; see docs/halo-api.md). */
export function tokenUrlFor(authUrl: string, tenant: string | undefined): string {
  const url = `${authUrl.replace(/\/+$/, '')}/token`
  return tenant === undefined ? url : `${url}?tenant=${encodeURIComponent(tenant)}`
}

export interface RequestTokenOptions {
  readonly transport: Transport
  readonly redactor: Redactor
  readonly context: TokenRequestContext
  /** Form fields; undefined values are left out. */
  readonly form: Readonly<Record<string, string | undefined>>
  readonly timeoutMs: number
  readonly retry: RetryOptions | false
  readonly now: () => number
  readonly signal?: AbortSignal | undefined
}

/**
 * POSTs one OAuth2 grant, form-encoded, and reads the token. Repeating a client-credentials request
 * is harmless (at worst a second token is issued), so it retries like a GET. Codes and refresh
 * tokens are single-use: those grants are repeated only when Halo clearly did not process them.
 */
export async function requestToken(options: RequestTokenOptions): Promise<AccessToken> {
  const { context, redactor } = options
  const form = new URLSearchParams()
  for (const [name, value] of Object.entries(options.form)) if (value !== undefined) form.append(name, value)
  const safeUrl = redactor.redactString(context.tokenUrl)
  const response = await options.transport.execute({
    kind: 'auth',
    method: 'POST',
    url: context.tokenUrl,
    body: { body: form.toString(), contentType: 'application/x-www-form-urlencoded' },
    headers: { accept: 'application/json' },
    timeoutMs: options.timeoutMs,
    retry: options.retry,
    idempotent: context.grant === 'client_credentials',
    signal: options.signal,
    errorFor: (failure) => tokenErrorFor(failure, context, redactor),
    connectionErrorFor: (message, cause) => tokenConnectionError(message, cause, safeUrl),
  })
  const token = parseTokenResponse(response.data, options.now(), safeUrl)
  redactor.addSecret(token.accessToken)
  redactor.addSecret(token.refreshToken)
  return token
}
