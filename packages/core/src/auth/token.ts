/** An access token and when it stops being usable. */
export interface AccessToken {
  readonly accessToken: string
  /** Epoch milliseconds after which the token must not be sent. */
  readonly expiresAt: number
  readonly refreshToken?: string | undefined
  readonly scope?: string | undefined
}

/** Supplies bearer tokens. The client caches nothing itself for a custom provider beyond one call. */
export interface TokenProvider {
  readonly type: 'provider'
  /** Returns a valid token; `forceRefresh` is set after the API answered 401 to the previous one. */
  getToken(options: {
    readonly forceRefresh: boolean
    readonly signal?: AbortSignal | undefined
  }): Promise<AccessToken>
}

/** An app acting as an agent after the authorization-code (PKCE) flow. */
export interface AuthorizationCodeAuth {
  readonly type: 'authorization_code'
  readonly code: string
  readonly codeVerifier: string
  readonly redirectUri: string
  readonly clientId: string
  readonly clientSecret?: string | undefined
}

/** An app holding a refresh token from an earlier authorization-code flow. */
export interface RefreshTokenAuth {
  readonly type: 'refresh_token'
  readonly refreshToken: string
  readonly clientId: string
  readonly clientSecret?: string | undefined
  /** Called with each new refresh token Halo issues (they are single-use); persist it. */
  readonly onRefreshToken?: ((refreshToken: string) => void | Promise<void>) | undefined
}

/** Alternatives to client credentials. */
export type HaloAuth = AuthorizationCodeAuth | RefreshTokenAuth | TokenProvider
