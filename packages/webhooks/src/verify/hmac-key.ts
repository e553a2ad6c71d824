import { nodeCrypto } from './node-crypto.js'
import { hmacAlgorithms } from './signature-encoding.js'
import type { HaloHmacAlgorithm } from './verify-options.js'

const encoder = new TextEncoder()

/** Computes the HMAC of a body with one secret; the Web Crypto key is imported once and kept. */
export type HmacSigner = (body: Uint8Array) => Promise<Uint8Array>

export function createHmacSigner(secret: string, algorithm: HaloHmacAlgorithm): HmacSigner {
  const node = nodeCrypto()
  if (node) return async (body) => node.createHmac(algorithm, secret).update(body).digest()
  let key: Promise<CryptoKey> | undefined
  return async (body) => {
    key ??= crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: hmacAlgorithms[algorithm].hash },
      false,
      ['sign'],
    )
    // Bodies come from fetch streams, never from a SharedArrayBuffer.
    return new Uint8Array(await crypto.subtle.sign('HMAC', await key, body as Uint8Array<ArrayBuffer>))
  }
}
