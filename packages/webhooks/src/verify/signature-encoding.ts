import type { HaloHmacAlgorithm, HaloSignatureDigest } from './verify-options.js'

/** Web Crypto's name for each algorithm, and the length of its MAC in bytes. */
export const hmacAlgorithms: Readonly<Record<HaloHmacAlgorithm, { hash: string; bytes: number }>> = {
  sha1: { hash: 'SHA-1', bytes: 20 },
  sha256: { hash: 'SHA-256', bytes: 32 },
  sha512: { hash: 'SHA-512', bytes: 64 },
}

export function encodeSignature(bytes: Uint8Array, digest: HaloSignatureDigest): string {
  if (digest === 'hex') {
    let out = ''
    for (const byte of bytes) out += byte.toString(16).padStart(2, '0')
    return out
  }
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** The signature's bytes, or undefined when the text is not valid in that digest. */
export function decodeSignature(text: string, digest: HaloSignatureDigest): Uint8Array | undefined {
  if (digest === 'hex') {
    if (text.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(text)) return undefined
    const out = new Uint8Array(text.length / 2)
    for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16)
    return out
  }
  // Standard or URL-safe alphabet, padding optional.
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) return undefined
  const standard = text.replace(/-/g, '+').replace(/_/g, '/')
  try {
    const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='))
    const out = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
    return out
  } catch {
    return undefined
  }
}

/** The algorithm whose MAC has this many bytes, for a hint when the configured one does not fit. */
export function algorithmOfLength(bytes: number): HaloHmacAlgorithm | undefined {
  for (const [name, spec] of Object.entries(hmacAlgorithms)) {
    if (spec.bytes === bytes) return name as HaloHmacAlgorithm
  }
  return undefined
}
