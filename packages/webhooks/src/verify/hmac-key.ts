import { hmacAlgorithms } from './signature-encoding.js'
import type { HaloHmacAlgorithm } from './verify-options.js'

const encoder = new TextEncoder()

/** A Web Crypto HMAC key, imported once and reused for every delivery. */
export function importHmacKey(secret: string, algorithm: HaloHmacAlgorithm): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: hmacAlgorithms[algorithm].hash },
    false,
    ['sign'],
  )
}

export async function hmacOf(key: CryptoKey, body: Uint8Array): Promise<Uint8Array> {
  // Bodies come from fetch streams, never from a SharedArrayBuffer.
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, body as Uint8Array<ArrayBuffer>))
}
