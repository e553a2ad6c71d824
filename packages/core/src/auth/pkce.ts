import { resolveAuthUrl, resolveInstanceUrls } from '../options/base-url.js'

/** A PKCE verifier (keep it secret, server-side or in session storage) and its S256 challenge. */
export interface PkcePair {
  readonly codeVerifier: string
  readonly codeChallenge: string
  readonly codeChallengeMethod: 'S256'
}

function base64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function webCrypto(): Crypto {
  const crypto = globalThis.crypto
  if (crypto?.subtle === undefined)
    throw new Error('PKCE needs WebCrypto (globalThis.crypto.subtle): Node 20+ or a browser')
  return crypto
}

/** The S256 challenge of a verifier: base64url(SHA-256(verifier)), as RFC 7636 defines it. */
export async function createCodeChallenge(codeVerifier: string): Promise<string> {
  const digest = await webCrypto().subtle.digest('SHA-256', new TextEncoder().encode(codeVerifier))
  return base64Url(new Uint8Array(digest))
}

/** A fresh verifier (32 random bytes, 43 characters) and its S256 challenge. */
export async function createPkcePair(): Promise<PkcePair> {
  const bytes = new Uint8Array(32)
  webCrypto().getRandomValues(bytes)
  const codeVerifier = base64Url(bytes)
  return { codeVerifier, codeChallenge: await createCodeChallenge(codeVerifier), codeChallengeMethod: 'S256' }
}

/** Where the authorisation server is: given outright, or `{root}/auth` of the instance. */
export type AuthServerLocation =
  | { readonly authUrl: string; readonly baseUrl?: string | undefined }
  | { readonly baseUrl: string; readonly authUrl?: undefined }

/** Resolves the authorisation server of the standalone OAuth helpers (no discovery: they are synchronous). */
export function resolveAuthServerUrl(location: AuthServerLocation, allowInsecureHttp = false): string {
  if (location.authUrl !== undefined) return resolveAuthUrl(location.authUrl, allowInsecureHttp)
  if (location.baseUrl === undefined)
    throw new TypeError('Pass authUrl (the authorisation server) or baseUrl')
  return `${resolveInstanceUrls(location.baseUrl, allowInsecureHttp).rootUrl}/auth`
}

export type AuthorizeUrlOptions = AuthServerLocation & {
  readonly clientId: string
  readonly redirectUri: string
  readonly codeChallenge: string
  /** Default `'all offline_access'`: `offline_access` asks Halo for a refresh token. */
  readonly scope?: string | undefined
  /** Opaque value echoed back to the redirect URI; check it there to stop CSRF. */
  readonly state?: string | undefined
  /** Hosted tenant. */
  readonly tenant?: string | undefined
  readonly allowInsecureHttp?: boolean | undefined
}

/** The URL to send a user to for the authorization-code flow: `{authUrl}/authorize?…` (S256). */
export function buildAuthorizeUrl(options: AuthorizeUrlOptions): string {
  const authUrl = resolveAuthServerUrl(options, options.allowInsecureHttp)
  const query = new URLSearchParams()
  if (options.tenant !== undefined && options.tenant !== '') query.set('tenant', options.tenant)
  query.set('response_type', 'code')
  query.set('client_id', options.clientId)
  query.set('redirect_uri', options.redirectUri)
  query.set('scope', options.scope ?? 'all offline_access')
  if (options.state !== undefined) query.set('state', options.state)
  query.set('code_challenge', options.codeChallenge)
  query.set('code_challenge_method', 'S256')
  return `${authUrl}/authorize?${query.toString()}`
}
