import { HaloWebhookVerificationError } from '../errors/halo-webhook-verification-error.js'
import { secretMatcher } from './constant-time.js'
import type { HaloBasicAuthOptions } from './verify-options.js'

const fail = (failure: 'missing' | 'malformed' | 'mismatch', detail: string) =>
  new HaloWebhookVerificationError('basic', failure, `Basic authentication failed: ${detail}`)

export type BasicCheck = (headers: Headers) => Promise<void>

/** Checks `Authorization: Basic …` against the configured username and password. */
export function createBasicCheck(expected: HaloBasicAuthOptions): BasicCheck {
  // The whole `username:password` is compared at once, so the time does not tell which part was wrong.
  const matches = secretMatcher(`${expected.username}:${expected.password}`)
  return (headers) => checkBasic(headers, matches)
}

async function checkBasic(headers: Headers, matches: (received: string) => Promise<boolean>): Promise<void> {
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
  if (!(await matches(decoded))) {
    throw fail('mismatch', 'the username or password does not match the configured ones')
  }
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}
