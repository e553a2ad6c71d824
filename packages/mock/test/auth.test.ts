import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createHaloMock, mockCredentials } from '../src/index.js'
import { haloHandlers } from '../src/msw.js'
import { base, tokenRequest } from './support.js'

let clock = Date.UTC(2025, 5, 1)
const mock = createHaloMock({ tenant: 'acme', tokenTtlSeconds: 600, now: () => clock })
const server = setupServer(...haloHandlers(mock))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  mock.reset()
  clock = Date.UTC(2025, 5, 1)
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const cc = { grant_type: 'client_credentials', ...clientFields(), scope: 'all' }
function clientFields(): { client_id: string; client_secret: string } {
  return { client_id: mockCredentials.clientId, client_secret: mockCredentials.clientSecret }
}

async function accessToken(): Promise<string> {
  const res = await tokenRequest(cc, '?tenant=acme')
  return ((await res.json()) as { access_token: string }).access_token
}

describe('AuthInfo', () => {
  it('answers without a token with auth_url and tenant_id', async () => {
    const res = await fetch(`${base}/api/AuthInfo`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ auth_url: `${base}/auth`, tenant_id: 'acme' })
  })
})

describe('client credentials', () => {
  it('issues a bearer token with expires_in from tokenTtlSeconds', async () => {
    const res = await tokenRequest(cc, '?tenant=acme')
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, unknown>
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 600, scope: 'all' })
    expect(typeof body.access_token).toBe('string')
    expect(body.refresh_token).toBeUndefined()
  })

  it('accepts a missing tenant but refuses a wrong one', async () => {
    expect((await tokenRequest(cc)).status).toBe(200)
    const wrong = await tokenRequest(cc, '?tenant=other')
    expect(wrong.status).toBe(400)
    expect(await wrong.json()).toMatchObject({ error: 'invalid_request' })
  })

  it('refuses a wrong secret or client id with invalid_client', async () => {
    const badSecret = await tokenRequest({ ...cc, client_secret: 'nope' })
    expect(badSecret.status).toBe(400)
    const body = (await badSecret.json()) as Record<string, string>
    expect(body.error).toBe('invalid_client')
    expect(body.error_description).toMatch(/\S/)
    expect(JSON.stringify(body)).not.toContain('nope')
    const badId = await tokenRequest({ ...cc, client_id: 'someone-else' })
    expect(await badId.json()).toMatchObject({ error: 'invalid_client' })
  })

  it('refuses unknown grant types', async () => {
    const res = await tokenRequest({ ...cc, grant_type: 'password' })
    expect(await res.json()).toMatchObject({ error: 'unsupported_grant_type' })
  })

  it('redacts the secret in the request log', async () => {
    await tokenRequest(cc)
    const entry = mock.requests.find((r) => r.operation === 'POST /auth/token')
    expect(entry?.body).toMatchObject({ client_id: mockCredentials.clientId, client_secret: '[redacted]' })
  })

  it('accepts a JSON token request too, and redacts it in the log as well', async () => {
    const res = await fetch(`${base}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(cc),
    })
    expect(res.status).toBe(200)
    expect(JSON.stringify(mock.requests)).not.toContain(mockCredentials.clientSecret)
  })
})

describe('bearer tokens on /api', () => {
  it('401 without a token, with a wrong one, and once it expires', async () => {
    expect((await fetch(`${base}/api/Tickets`)).status).toBe(401)
    expect((await fetch(`${base}/api/Tickets`, { headers: { authorization: 'Bearer forged' } })).status).toBe(
      401,
    )
    const token = await accessToken()
    const ok = await fetch(`${base}/api/Tickets`, { headers: { authorization: `Bearer ${token}` } })
    expect(ok.status).toBe(200)
    clock += 599_000
    expect(
      (await fetch(`${base}/api/Status`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200)
    clock += 1_000
    const expired = await fetch(`${base}/api/Status`, { headers: { authorization: `Bearer ${token}` } })
    expect(expired.status).toBe(401)
    expect(expired.headers.get('www-authenticate')).toContain('expired')
  })
})

async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = 'a-very-long-code-verifier-with-enough-entropy-0123456789'
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)))
  const challenge = Buffer.from(digest).toString('base64url')
  return { verifier, challenge }
}

async function authorize(challenge: string): Promise<string> {
  const q = new URLSearchParams({
    tenant: 'acme',
    response_type: 'code',
    client_id: mockCredentials.clientId,
    redirect_uri: 'http://localhost:8400/callback',
    scope: 'all offline_access',
    state: 'xyz',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  })
  const res = await fetch(`${base}/auth/authorize?${q}`, { redirect: 'manual' })
  expect(res.status).toBe(302)
  const location = new URL(res.headers.get('location') ?? '')
  expect(location.origin + location.pathname).toBe('http://localhost:8400/callback')
  expect(location.searchParams.get('state')).toBe('xyz')
  return location.searchParams.get('code') ?? ''
}

describe('authorization code + PKCE and refresh tokens', () => {
  it('exchanges a code when the verifier matches the S256 challenge', async () => {
    const { verifier, challenge } = await pkcePair()
    const code = await authorize(challenge)
    const res = await tokenRequest({
      grant_type: 'authorization_code',
      client_id: mockCredentials.clientId,
      redirect_uri: 'http://localhost:8400/callback',
      code,
      code_verifier: verifier,
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, string>
    expect(body.access_token).toMatch(/^\S{16,}$/)
    expect(body.refresh_token).toMatch(/^\S{16,}$/)
    expect(body.scope).toBe('all offline_access')
  })

  it('refuses a wrong verifier, and a code used twice', async () => {
    const { challenge, verifier } = await pkcePair()
    const code = await authorize(challenge)
    const fields = {
      grant_type: 'authorization_code',
      client_id: mockCredentials.clientId,
      redirect_uri: 'http://localhost:8400/callback',
      code,
    }
    const wrong = await tokenRequest({ ...fields, code_verifier: `${verifier}x` })
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' })
    // the failed attempt consumed the code
    const again = await tokenRequest({ ...fields, code_verifier: verifier })
    expect(again.status).toBe(400)
  })

  it('refuses a wrong tenant on the authorize endpoint as on the token endpoint', async () => {
    const q = new URLSearchParams({
      tenant: 'other',
      response_type: 'code',
      client_id: mockCredentials.clientId,
      redirect_uri: 'http://localhost:8400/callback',
    })
    const res = await fetch(`${base}/auth/authorize?${q}`, { redirect: 'manual' })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body).toEqual(await (await tokenRequest(cc, '?tenant=other')).json())
    expect(body).toMatchObject({
      error: 'invalid_request',
      error_description: "The specified tenant 'other' is not valid for this instance.",
    })
  })

  it('refresh tokens are single-use and rotate', async () => {
    const { verifier, challenge } = await pkcePair()
    const code = await authorize(challenge)
    const first = (await (
      await tokenRequest({
        grant_type: 'authorization_code',
        client_id: mockCredentials.clientId,
        redirect_uri: 'http://localhost:8400/callback',
        code,
        code_verifier: verifier,
      })
    ).json()) as Record<string, string>
    const refresh = {
      grant_type: 'refresh_token',
      client_id: mockCredentials.clientId,
      refresh_token: first.refresh_token ?? '',
    }
    const second = await tokenRequest(refresh, '?tenant=acme')
    expect(second.status).toBe(200)
    const rotated = (await second.json()) as Record<string, string>
    expect(rotated.refresh_token).not.toBe(first.refresh_token)
    const reused = await tokenRequest(refresh)
    expect(reused.status).toBe(400)
    expect(await reused.json()).toMatchObject({ error: 'invalid_grant' })
    const api = await fetch(`${base}/api/Agent/me`, {
      headers: { authorization: `Bearer ${rotated.access_token}` },
    })
    expect(api.status).toBe(200)
  })
})

describe('hosted layout: separate auth origin', () => {
  it('intercepts both origins and advertises the auth server in AuthInfo', async () => {
    const hosted = createHaloMock({
      baseUrl: 'https://acme.halopsa.test/api',
      authUrl: 'https://auth.halo.test',
    })
    server.use(...haloHandlers(hosted))
    const info = await fetch('https://acme.halopsa.test/api/authinfo')
    expect(await info.json()).toEqual({ auth_url: 'https://auth.halo.test' })
    const res = await fetch('https://auth.halo.test/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(cc),
    })
    expect(res.status).toBe(200)
    const { access_token } = (await res.json()) as { access_token: string }
    const me = await fetch('https://acme.halopsa.test/api/Agent/me', {
      headers: { authorization: `Bearer ${access_token}` },
    })
    expect(me.status).toBe(200)
  })
})
