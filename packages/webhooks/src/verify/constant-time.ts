// Comparisons whose time does not depend on where two values first differ, so a caller cannot
// guess a secret byte by byte from response times.

const encoder = new TextEncoder()

/** Equal-length byte arrays compared in full; a length difference (not secret here) is answered at once. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number)
  return difference === 0
}

/**
 * Two strings compared through their SHA-256 digests: the time depends neither on the first
 * difference nor on the secret's length.
 */
export async function stringsEqual(received: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(received), sha256(expected)])
  return bytesEqual(a, b)
}

export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
}
