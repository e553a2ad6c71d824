import { HaloAuthenticationError } from '../errors/halo-authentication-error.js'
import { isSendableToken } from '../transport/check-headers.js'
import type { AccessToken } from './token.js'

/** Used when Halo's token answer has no `expires_in` (one hour is the lifetime seen in practice). */
const DEFAULT_LIFETIME_S = 3_600
/**
 * Lifetimes a token answer may claim. Shorter ones would cost a token request per call; longer ones
 * (1e300 seconds) overflow the clock. A token kept a day is simply replaced then.
 */
const MIN_LIFETIME_S = 30
const MAX_LIFETIME_S = 86_400

/** A token and when to replace it: a margin before it expires. */
export interface IssuedToken {
  readonly token: AccessToken
  /** Epoch ms from which the token is replaced before use. */
  readonly refreshAt: number
}

/**
 * Replace tokens a minute before they expire, or a tenth of their lifetime for short-lived ones,
 * so a token never expires between being read and reaching Halo.
 */
export function refreshAtFor(expiresAt: number, issuedAt: number): number {
  const lifetime = Math.max(0, expiresAt - issuedAt)
  return expiresAt - Math.min(60_000, lifetime * 0.1)
}

export function issued(token: AccessToken, now: number): IssuedToken {
  // A provider's or a shared store's expiry is clamped like an answer's: never past a day.
  const expiresAt = Math.min(token.expiresAt, now + MAX_LIFETIME_S * 1000)
  return { token, refreshAt: refreshAtFor(Number.isFinite(expiresAt) ? expiresAt : now, now) }
}

/** Reads an OAuth2 token answer (`access_token`, `expires_in`, `refresh_token`, `scope`). */
export function parseTokenResponse(body: unknown, now: number, tokenUrl: string): AccessToken {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const accessToken = record.access_token
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new HaloAuthenticationError(
      `The token endpoint ${tokenUrl} answered without an access_token — check authUrl: it should be Halo's ` +
        'authorisation server (https://acme.halopsa.com/auth, or the one shown under Configuration > Integrations > Halo API).',
      { method: 'POST', url: tokenUrl },
    )
  }
  if (!isSendableToken(accessToken)) {
    // Never quoted: it is a token, and what it holds could forge headers.
    throw new HaloAuthenticationError(
      `The token endpoint ${tokenUrl} answered an access_token that cannot be sent in an Authorization header ` +
        "(it holds spaces, control characters or characters beyond ASCII) — check authUrl: it should be Halo's authorisation server.",
      { method: 'POST', url: tokenUrl },
    )
  }
  const expiresIn = Number(record.expires_in)
  const lifetimeS =
    Number.isFinite(expiresIn) && expiresIn > 0
      ? Math.min(MAX_LIFETIME_S, Math.max(MIN_LIFETIME_S, expiresIn))
      : DEFAULT_LIFETIME_S
  const refreshToken =
    typeof record.refresh_token === 'string' && record.refresh_token !== '' ? record.refresh_token : undefined
  const scope = typeof record.scope === 'string' ? record.scope : undefined
  return {
    accessToken,
    expiresAt: now + lifetimeS * 1000,
    ...(refreshToken === undefined ? {} : { refreshToken }),
    ...(scope === undefined ? {} : { scope }),
  }
}
