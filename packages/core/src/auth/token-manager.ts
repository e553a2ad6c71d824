import { HaloAuthenticationError } from '../errors/halo-authentication-error.js'
import type { ClientCredentials } from '../options/resolve-options.js'
import type { RetryOptions } from '../options/retry-options.js'
import type { TokenStore } from '../rate-limit/store.js'
import type { CompleteLogger } from '../redaction/redacting-logger.js'
import type { Redactor } from '../redaction/redactor.js'
import { raceAbort } from '../transport/abort.js'
import { isSendableToken } from '../transport/check-headers.js'
import type { TokenSource, Transport } from '../transport/transport.js'
import type { AuthServer } from './discover-auth-server.js'
import { requestToken, tokenUrlFor } from './request-token.js'
import type { AccessToken, HaloAuth } from './token.js'
import type { TokenRequestContext } from './token-error.js'
import { type IssuedToken, issued } from './token-response.js'

export interface TokenManagerOptions {
  readonly credentials: ClientCredentials | HaloAuth
  readonly transport: Transport
  /** Where to send grants (discovered once, cached by the caller). */
  readonly authServer: (signal?: AbortSignal) => Promise<AuthServer>
  readonly scope: string
  readonly tokenStore: TokenStore | undefined
  /** Key of this client's token in `tokenStore`. */
  readonly tokenStoreKey: string
  readonly redactor: Redactor
  readonly logger: CompleteLogger
  readonly timeoutMs: number
  readonly retry: RetryOptions | false
  readonly now?: () => number
}

export interface TokenManager extends TokenSource {
  /** Drops the cached token (the next call fetches a new one). */
  clear(): void
}

/**
 * Caches the access token and replaces it a margin before it expires. Whatever the number of
 * callers, one grant is in flight at a time: concurrent callers on an empty cache share it, and a
 * burst of 401s causes one refresh. That also serialises refresh-token grants, whose tokens are
 * single-use. A caller's signal abandons its own wait, never the shared request.
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const { credentials, redactor, logger, tokenStore } = options
  const now = options.now ?? (() => Date.now())
  let current: IssuedToken | undefined
  let inFlight: Promise<IssuedToken> | undefined
  // The refresh token in force for refresh-token and authorization-code auth; it rotates.
  let refreshToken: string | undefined =
    credentials.type === 'refresh_token' ? credentials.refreshToken : undefined
  let codeUsed = false
  // Client credentials are the only grant whose tokens may be shared between processes.
  const store = credentials.type === 'client_credentials' ? tokenStore : undefined

  if (credentials.type === 'client_credentials') redactor.addSecret(credentials.clientSecret)
  if (credentials.type === 'authorization_code') {
    redactor.addSecret(credentials.clientSecret)
    redactor.addSecret(credentials.code)
    redactor.addSecret(credentials.codeVerifier)
  }
  if (credentials.type === 'refresh_token') {
    redactor.addSecret(credentials.clientSecret)
    redactor.addSecret(credentials.refreshToken)
  }

  async function grant(forceRefresh: boolean): Promise<AccessToken> {
    if (credentials.type === 'provider') {
      const token = await credentials.getToken({ forceRefresh })
      redactor.addSecret(token.accessToken)
      if (typeof token.accessToken !== 'string' || !isSendableToken(token.accessToken)) {
        throw new TypeError(
          'auth.getToken must resolve to { accessToken, expiresAt } with an accessToken that can go in a header (visible ASCII, no spaces or control characters)',
        )
      }
      return token
    }
    const server = await options.authServer()
    const tokenUrl = tokenUrlFor(server.authUrl, server.tenant)
    const common = {
      transport: options.transport,
      redactor,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      now,
    }
    const context = (type: TokenRequestContext['grant'], scope: string | undefined): TokenRequestContext => ({
      grant: type,
      tokenUrl,
      tenant: server.tenant,
      scope,
    })
    if (credentials.type === 'client_credentials') {
      return requestToken({
        ...common,
        context: context('client_credentials', options.scope),
        form: {
          grant_type: 'client_credentials',
          client_id: credentials.clientId,
          client_secret: credentials.clientSecret,
          scope: options.scope,
        },
      })
    }
    if (credentials.type === 'authorization_code' && !codeUsed) {
      const token = await requestToken({
        ...common,
        context: context('authorization_code', options.scope),
        form: {
          grant_type: 'authorization_code',
          client_id: credentials.clientId,
          client_secret: credentials.clientSecret,
          code: credentials.code,
          code_verifier: credentials.codeVerifier,
          redirect_uri: credentials.redirectUri,
          scope: options.scope,
        },
      })
      // Only now: a failed exchange may be tried again (Halo explains a spent code itself).
      codeUsed = true
      refreshToken = token.refreshToken
      return token
    }
    if (refreshToken === undefined) {
      throw new HaloAuthenticationError(
        'The access token expired and there is no refresh token to renew it: the authorization code is single-use. ' +
          "Ask for the 'offline_access' scope so Halo issues a refresh token, or sign the user in again.",
      )
    }
    const token = await requestToken({
      ...common,
      context: context('refresh_token', undefined),
      form: {
        grant_type: 'refresh_token',
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
        refresh_token: refreshToken,
      },
    })
    if (token.refreshToken !== undefined && token.refreshToken !== refreshToken) {
      refreshToken = token.refreshToken
      if (credentials.type === 'refresh_token' && credentials.onRefreshToken !== undefined) {
        try {
          await credentials.onRefreshToken(token.refreshToken)
        } catch (error) {
          logger.error(
            'onRefreshToken failed; persist the new refresh token or the next start cannot sign in',
            {
              error,
            },
          )
        }
      }
    }
    return token
  }

  async function readStore(rejected: string | undefined): Promise<IssuedToken | undefined> {
    if (store === undefined) return undefined
    try {
      const stored = await store.get(options.tokenStoreKey)
      if (stored === undefined || stored.accessToken === rejected) return undefined
      const candidate = issued({ accessToken: stored.accessToken, expiresAt: stored.expiresAt }, now())
      if (now() >= candidate.refreshAt) return undefined
      redactor.addSecret(candidate.token.accessToken)
      return candidate
    } catch (error) {
      logger.warn('The token store could not be read; requesting a token', { error })
      return undefined
    }
  }

  async function writeStore(token: AccessToken): Promise<void> {
    if (store === undefined) return
    try {
      await store.set(options.tokenStoreKey, { accessToken: token.accessToken, expiresAt: token.expiresAt })
    } catch (error) {
      logger.warn('The token store could not be written', { error })
    }
  }

  function refresh(forceRefresh: boolean, rejected: string | undefined): Promise<IssuedToken> {
    if (inFlight !== undefined) return inFlight
    const run = async (): Promise<IssuedToken> => {
      const fromStore = await readStore(rejected)
      if (fromStore !== undefined) return fromStore
      const token = await grant(forceRefresh)
      // Clamped (see `issued`): a hostile expiry must not throw here as an invalid date.
      const fresh = issued(token, now())
      logger.debug('Obtained an access token', { replaceAt: new Date(fresh.refreshAt).toISOString() })
      await writeStore(token)
      return fresh
    }
    const promise = run().then((fresh) => {
      current = fresh
      return fresh
    })
    inFlight = promise
    // Cleared whatever the outcome, so a failed grant is retried by the next caller.
    promise.then(
      () => {
        if (inFlight === promise) inFlight = undefined
      },
      () => {
        if (inFlight === promise) inFlight = undefined
      },
    )
    return promise
  }

  return {
    cachedToken() {
      return current !== undefined && now() < current.refreshAt ? current.token : undefined
    },

    async getToken(signal) {
      signal?.throwIfAborted()
      if (current !== undefined && now() < current.refreshAt) return current.token
      return (await raceAbort(refresh(false, undefined), signal)).token
    },

    async refreshAfterRejection(token, signal) {
      // Another caller already replaced the refused token: nothing to do.
      if (current !== undefined && current.token.accessToken !== token.accessToken) return
      if (inFlight === undefined) {
        current = undefined
        if (store !== undefined) {
          try {
            await store.delete(options.tokenStoreKey)
          } catch (error) {
            logger.warn('The token store could not forget a refused token', { error })
          }
        }
      }
      await raceAbort(refresh(true, token.accessToken), signal)
    },

    clear() {
      current = undefined
    },
  }
}
