import { HaloAuthenticationError } from '../errors/halo-authentication-error.js'
import type { AccessToken } from './token.js'

/** Used when Halo's token answer has no `expires_in` (one hour is the lifetime seen in practice). */
const DEFAULT_LIFETIME_S = 3_600

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
  return { token, refreshAt: refreshAtFor(token.expiresAt, now) }
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
  const expiresIn = Number(record.expires_in)
  const lifetimeS = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : DEFAULT_LIFETIME_S
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
