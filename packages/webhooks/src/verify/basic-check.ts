import { HaloWebhookVerificationError } from '../errors/halo-webhook-verification-error.js'
import { stringsEqual } from './constant-time.js'
import type { HaloBasicAuthOptions } from './verify-options.js'

const fail = (failure: 'missing' | 'malformed' | 'mismatch', detail: string) =>
  new HaloWebhookVerificationError('basic', failure, `Basic authentication failed: ${detail}`)

/** Checks `Authorization: Basic …` against the configured username and password. */
export async function checkBasic(headers: Headers, expected: HaloBasicAuthOptions): Promise<void> {
  const header = headers.get('authorization')
  if (header === null) {
    throw fail(
      'missing',
      'the request has no Authorization header; check that the Halo webhook uses Basic authentication',
    )
  }
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header)
  let decoded: string | undefined
  try {
    decoded =
      match?.[1] === undefined
        ? undefined
        : new TextDecoder('utf-8', { fatal: true }).decode(base64Bytes(match[1]))
  } catch {
    decoded = undefined
  }
  const colon = decoded?.indexOf(':') ?? -1
  if (decoded === undefined || colon < 0) {
    throw fail('malformed', 'the Authorization header is not Basic credentials (base64 of username:password)')
  }
  // Both parts are always compared, so the time does not tell which one was wrong.
  const [userOk, passwordOk] = await Promise.all([
    stringsEqual(decoded.slice(0, colon), expected.username),
    stringsEqual(decoded.slice(colon + 1), expected.password),
  ])
  if (!(userOk && passwordOk)) {
    throw fail('mismatch', 'the username or password does not match the configured ones')
  }
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}
