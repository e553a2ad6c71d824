/**
 * A fresh request id, `req_` and 16 hex digits (64 random bits): shared by a call's hooks, its
 * debug lines, its error and its `withResponse` answer, so one call can be followed from start to
 * end. Client-side only: Halo does not echo it.
 */
export function newRequestId(): string {
  const bytes = new Uint8Array(8)
  globalThis.crypto.getRandomValues(bytes)
  let hex = 'req_'
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}
