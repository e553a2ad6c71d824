// Text to UTF-8 bytes, fast for the ASCII text JSON answers almost always are: `encodeInto` a buffer of
// one byte per UTF-16 unit copies ASCII straight across (several times quicker than `encode` on large
// strings); text with any other character does not fit and is encoded again with `encode`.
const encoder = new TextEncoder()

export function utf8(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  // Every unit needs at least one byte: all read means all were ASCII and the buffer is exactly full.
  if (encoder.encodeInto(text, bytes).read === text.length) return bytes
  return encoder.encode(text)
}
