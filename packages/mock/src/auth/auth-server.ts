// The authorisation server: `POST {auth}/token` (client_credentials, authorization_code with PKCE,
// refresh_token) and `GET {auth}/authorize`, which consents at once and redirects with a code.
// Error bodies follow OAuth 2 (`{ error, error_description }`), as Halo's OpenIddict server sends them.
import { json } from '../http/respond.js'
import type { Session } from '../mock/context.js'
import type { ResolvedSettings } from '../mock/settings.js'
import { s256 } from './pkce.js'
import type { TokenRegistry } from './token-registry.js'

export interface AuthServerDeps {
  settings: ResolvedSettings
  tokens: TokenRegistry
  now(): number
}

function oauthError(status: number, error: string, description: string): Response {
  return json({ error, error_description: description }, status, { 'cache-control': 'no-store' })
}

function readForm(request: Request, raw: string): URLSearchParams {
  const type = request.headers.get('content-type') ?? ''
  if (type.includes('application/json')) {
    try {
      const obj = JSON.parse(raw) as Record<string, unknown>
      return new URLSearchParams(Object.entries(obj).map(([k, v]) => [k, String(v)]))
    } catch {
      return new URLSearchParams()
    }
  }
  return new URLSearchParams(raw)
}

/** Client credentials may come in the form or as HTTP Basic auth. */
function clientFrom(request: Request, form: URLSearchParams): { id: string | null; secret: string | null } {
  const basic = request.headers.get('authorization')
  if (basic?.toLowerCase().startsWith('basic ')) {
    const [id, secret] = atob(basic.slice(6).trim()).split(':')
    return { id: decodeURIComponent(id ?? ''), secret: decodeURIComponent(secret ?? '') }
  }
  return { id: form.get('client_id'), secret: form.get('client_secret') }
}

/** Halo's answer to a `tenant` other than the instance's (when the instance has one). */
function tenantError(deps: AuthServerDeps, tenant: string | null): Response | undefined {
  if (
    deps.settings.tenant !== undefined &&
    tenant !== null &&
    tenant.toLowerCase() !== deps.settings.tenant.toLowerCase()
  ) {
    return oauthError(
      400,
      'invalid_request',
      `The specified tenant '${tenant}' is not valid for this instance.`,
    )
  }
  return undefined
}

function tokenResponse(deps: AuthServerDeps, session: Session, withRefresh: boolean): Response {
  const body: Record<string, unknown> = {
    access_token: deps.tokens.issueAccess(session, deps.now(), deps.settings.tokenTtlSeconds),
    token_type: 'Bearer',
    expires_in: deps.settings.tokenTtlSeconds,
    scope: session.scope,
  }
  if (withRefresh) body.refresh_token = deps.tokens.issueRefresh(session)
  return json(body, 200, { 'cache-control': 'no-store', pragma: 'no-cache' })
}

export async function handleToken(
  deps: AuthServerDeps,
  request: Request,
  url: URL,
  rawBody: string,
): Promise<Response> {
  const form = readForm(request, rawBody)
  const wrongTenant = tenantError(deps, url.searchParams.get('tenant') ?? form.get('tenant'))
  if (wrongTenant) return wrongTenant
  const client = clientFrom(request, form)
  const grant = form.get('grant_type')
  const scope = form.get('scope') ?? 'all'
  const session: Session = {
    clientId: deps.settings.clientId,
    tenant: deps.settings.tenant,
    scope,
    agentId: deps.settings.agentId,
  }
  if (!grant) return oauthError(400, 'invalid_request', "The mandatory 'grant_type' parameter is missing.")
  if (client.id !== deps.settings.clientId) {
    return oauthError(400, 'invalid_client', 'The specified client_id is not valid.')
  }

  if (grant === 'client_credentials') {
    if (client.secret !== deps.settings.clientSecret) {
      return oauthError(400, 'invalid_client', 'The specified client credentials are invalid.')
    }
    return tokenResponse(deps, session, false)
  }

  // Public clients (PKCE) may omit the secret; a secret that is sent must be right.
  if (client.secret !== null && client.secret !== deps.settings.clientSecret) {
    return oauthError(400, 'invalid_client', 'The specified client credentials are invalid.')
  }

  if (grant === 'authorization_code') {
    const code = form.get('code')
    const pending = code ? deps.tokens.consumeCode(code) : undefined
    if (!pending || pending.expiresAt <= deps.now()) {
      return oauthError(400, 'invalid_grant', 'The specified authorization code is invalid or has expired.')
    }
    if (pending.redirectUri !== (form.get('redirect_uri') ?? '')) {
      return oauthError(
        400,
        'invalid_grant',
        "The specified 'redirect_uri' does not match the one used to obtain the code.",
      )
    }
    if (pending.codeChallenge !== undefined) {
      const verifier = form.get('code_verifier')
      if (!verifier)
        return oauthError(400, 'invalid_request', "The mandatory 'code_verifier' parameter is missing.")
      const computed = pending.codeChallengeMethod === 'plain' ? verifier : await s256(verifier)
      if (computed !== pending.codeChallenge) {
        return oauthError(400, 'invalid_grant', "The specified 'code_verifier' is invalid.")
      }
    }
    return tokenResponse(
      deps,
      { ...session, scope: pending.scope, tenant: pending.tenant ?? session.tenant },
      true,
    )
  }

  if (grant === 'refresh_token') {
    const token = form.get('refresh_token')
    const previous = token ? deps.tokens.consumeRefresh(token) : undefined
    if (!previous) {
      return oauthError(
        400,
        'invalid_grant',
        'The specified refresh token is invalid or has already been used.',
      )
    }
    return tokenResponse(deps, previous, true)
  }

  return oauthError(400, 'unsupported_grant_type', `The grant type '${grant}' is not supported.`)
}

/** `GET /auth/authorize`: validates the request and redirects straight back with a code (auto-consent). */
export function handleAuthorize(deps: AuthServerDeps, url: URL): Response {
  const q = url.searchParams
  const redirectUri = q.get('redirect_uri')
  if (q.get('client_id') !== deps.settings.clientId) {
    return oauthError(400, 'invalid_client', 'The specified client_id is not valid.')
  }
  if (!redirectUri)
    return oauthError(400, 'invalid_request', "The mandatory 'redirect_uri' parameter is missing.")
  if (q.get('response_type') !== 'code') {
    return oauthError(400, 'unsupported_response_type', "Only the 'code' response type is supported.")
  }
  const tenant = q.get('tenant')
  const wrongTenant = tenantError(deps, tenant)
  if (wrongTenant) return wrongTenant
  const method = q.get('code_challenge_method') ?? 'plain'
  const challenge = q.get('code_challenge') ?? undefined
  if (challenge !== undefined && method !== 'S256' && method !== 'plain') {
    return oauthError(400, 'invalid_request', "The specified 'code_challenge_method' is not supported.")
  }
  const code = deps.tokens.issueCode({
    clientId: deps.settings.clientId,
    redirectUri,
    codeChallenge: challenge,
    codeChallengeMethod: method,
    scope: q.get('scope') ?? 'all',
    tenant: tenant ?? undefined,
    expiresAt: deps.now() + 5 * 60_000,
  })
  const target = new URL(redirectUri)
  target.searchParams.set('code', code)
  const state = q.get('state')
  if (state !== null) target.searchParams.set('state', state)
  return new Response(null, { status: 302, headers: { location: target.toString() } })
}
