// Comparisons whose time does not depend on where two values first differ, so a caller cannot
// guess a secret byte by byte from response times.

import { nodeCrypto } from './node-crypto.js'

const encoder = new TextEncoder()

/** Equal-length byte arrays compared in full; a length difference (not secret here) is answered at once. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number)
  return difference === 0
}

/**
 * A secret string compared through SHA-256 digests, so the time depends neither on the first
 * difference nor on the secret's length. The secret's digest is computed once, on first use.
 */
export function secretMatcher(expected: string): (received: string) => Promise<boolean> {
  let expectedDigest: Promise<Uint8Array> | undefined
  return async (received) => {
    expectedDigest ??= sha256(expected)
    const [a, b] = await Promise.all([sha256(received), expectedDigest])
    return bytesEqual(a, b)
  }
}

export async function sha256(text: string): Promise<Uint8Array> {
  const node = nodeCrypto()
  if (node) return node.createHash('sha256').update(text).digest()
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
}
