// Issued access tokens, single-use refresh tokens and pending authorization codes.
import type { Session } from '../mock/context.js'

interface AccessGrant extends Session {
  expiresAt: number
}

export interface PendingCode {
  clientId: string
  redirectUri: string
  codeChallenge: string | undefined
  codeChallengeMethod: string
  scope: string
  tenant: string | undefined
  expiresAt: number
}

export function randomToken(bytes = 32): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes))
  let s = ''
  for (const b of raw) s += String.fromCharCode(b)
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export class TokenRegistry {
  readonly #access = new Map<string, AccessGrant>()
  readonly #refresh = new Map<string, Session>()
  readonly #codes = new Map<string, PendingCode>()

  issueAccess(session: Session, now: number, ttlSeconds: number): string {
    if (this.#access.size > 10_000) this.#sweep(now)
    const token = randomToken()
    this.#access.set(token, { ...session, expiresAt: now + ttlSeconds * 1000 })
    return token
  }

  issueRefresh(session: Session): string {
    const token = randomToken()
    this.#refresh.set(token, session)
    return token
  }

  /** The session of a refresh token, which is consumed: refresh tokens are single-use. */
  consumeRefresh(token: string): Session | undefined {
    const session = this.#refresh.get(token)
    this.#refresh.delete(token)
    return session
  }

  issueCode(pending: PendingCode): string {
    const code = randomToken(24)
    this.#codes.set(code, pending)
    return code
  }

  consumeCode(code: string): PendingCode | undefined {
    const pending = this.#codes.get(code)
    this.#codes.delete(code)
    return pending
  }

  /** 'ok' with the session, or why the token is refused. */
  check(token: string, now: number): { status: 'ok'; session: Session } | { status: 'unknown' | 'expired' } {
    const grant = this.#access.get(token)
    if (!grant) return { status: 'unknown' }
    if (now >= grant.expiresAt) return { status: 'expired' }
    return { status: 'ok', session: grant }
  }

  clear(): void {
    this.#access.clear()
    this.#refresh.clear()
    this.#codes.clear()
  }

  #sweep(now: number): void {
    for (const [token, grant] of this.#access) if (now >= grant.expiresAt) this.#access.delete(token)
  }
}
