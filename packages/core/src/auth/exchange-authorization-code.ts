import { DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from '../options/resolve-options.js'
import { createRedactingLogger } from '../redaction/redacting-logger.js'
import { createRedactor } from '../redaction/redactor.js'
import { createTransport } from '../transport/transport.js'
import { type AuthServerLocation, resolveAuthServerUrl } from './pkce.js'
import { requestToken, tokenUrlFor } from './request-token.js'
import type { AccessToken } from './token.js'

export type ExchangeAuthorizationCodeOptions = AuthServerLocation & {
  readonly clientId: string
  readonly clientSecret?: string | undefined
  /** The `code` Halo sent to the redirect URI. */
  readonly code: string
  readonly codeVerifier: string
  /** Exactly the redirect URI of the authorize request. */
  readonly redirectUri: string
  readonly scope?: string | undefined
  readonly tenant?: string | undefined
  readonly fetch?: typeof globalThis.fetch | undefined
  readonly signal?: AbortSignal | undefined
  readonly timeoutMs?: number | undefined
  readonly allowInsecureHttp?: boolean | undefined
}

/**
 * Trades an authorization code (and its PKCE verifier) for tokens, for apps that run the sign-in
 * themselves. Pass the answer's `refreshToken` to `createHaloCore({ auth: { type: 'refresh_token', … } })`.
 */
export async function exchangeAuthorizationCode(
  options: ExchangeAuthorizationCodeOptions,
): Promise<AccessToken> {
  const authUrl = resolveAuthServerUrl(options, options.allowInsecureHttp)
  const redactor = createRedactor([options.clientSecret, options.code, options.codeVerifier])
  const logger = createRedactingLogger(undefined, redactor)
  const userFetch = options.fetch
  const transport = createTransport({
    fetch: () => userFetch ?? globalThis.fetch,
    defaultHeaders: {},
    redactor,
    logger,
    hooks: {},
  })
  const tenant = options.tenant === '' ? undefined : options.tenant
  return requestToken({
    transport,
    redactor,
    context: {
      grant: 'authorization_code',
      tokenUrl: tokenUrlFor(authUrl, tenant),
      tenant,
      scope: options.scope,
    },
    form: {
      grant_type: 'authorization_code',
      client_id: options.clientId,
      client_secret: options.clientSecret,
      code: options.code,
      code_verifier: options.codeVerifier,
      redirect_uri: options.redirectUri,
      scope: options.scope,
    },
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    // An authorization code is single-use: only a failure before sending may be repeated.
    retry: { ...DEFAULT_RETRY, retries: 1 },
    now: () => Date.now(),
    signal: options.signal,
  })
}
