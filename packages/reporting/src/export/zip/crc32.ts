// The standard CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) that ZIP stores for every entry.
const TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/**
 * CRC-32 of `data`, as an unsigned 32-bit number. Pass the CRC of the bytes before as `previous` to
 * continue it over data that arrives in pieces: `crc32(b, crc32(a))` equals the CRC of `a` then `b`.
 */
export function crc32(data: Uint8Array, previous = 0): number {
  let crc = (previous ^ 0xffffffff) >>> 0
  for (const byte of data) crc = (TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
