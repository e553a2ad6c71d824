// The headers that authenticate a delivery, from the webhook's record: Basic (authentication_type 1,
// basic_username/basic_password) or a header line (authentication_type 3, authentication_header
// "Name: value"), plus an HMAC of the body when the mock is told to sign.
import type { MockWebhookSigning } from './webhook-options.js'
import type { WebhookRecord } from './webhook-registry.js'

const encoder = new TextEncoder()

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function hex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0')
  return out
}

const hashNames = { sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' } as const

export async function deliveryHeaders(
  record: WebhookRecord,
  body: string,
  signing: MockWebhookSigning | undefined,
): Promise<Record<string, string>> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' }
  if (record.authentication_type === 1) {
    const credentials = `${String(record.basic_username ?? '')}:${String(record.basic_password ?? '')}`
    headers.authorization = `Basic ${base64(encoder.encode(credentials))}`
  }
  if (record.authentication_type === 3 && typeof record.authentication_header === 'string') {
    const colon = record.authentication_header.indexOf(':')
    if (colon > 0) {
      headers[record.authentication_header.slice(0, colon).trim()] = record.authentication_header
        .slice(colon + 1)
        .trim()
    }
  }
  if (signing) {
    const key = await crypto.subtle.importKey(
      'raw',
      encoder.encode(signing.secret),
      { name: 'HMAC', hash: hashNames[signing.algorithm ?? 'sha256'] },
      false,
      ['sign'],
    )
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(body)))
    headers[signing.header ?? 'X-Halo-Signature'] =
      (signing.prefix ?? '') + (signing.digest === 'base64' ? base64(mac) : hex(mac))
  }
  return headers
}
