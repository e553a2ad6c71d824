// The parts of the ZIP format (PKWARE APPNOTE 4.3) that the store-only writers share.

export const LOCAL_HEADER = 0x04034b50
export const CENTRAL_HEADER = 0x02014b50
export const END_OF_CENTRAL_DIRECTORY = 0x06054b50
export const VERSION = 20 // 2.0: the lowest version that readers expect for plain stored files
export const UTF8_NAMES = 0x0800 // general purpose flag bit 11: names are UTF-8
export const DATA_DESCRIPTOR = 0x0008 // general purpose flag bit 3: CRC and sizes follow the data
export const DATA_DESCRIPTOR_SIGNATURE = 0x08074b50
export const STORE = 0 // no compression: keeps the writer tiny and free of dependencies

/**
 * A local file header (APPNOTE 4.3.7). With the data-descriptor flag (bit 3), CRC and sizes are 0 here
 * and follow the data instead, which lets an entry be written before its end is known.
 */
export function localHeader(
  name: Uint8Array,
  flags: number,
  time: number,
  date: number,
  crc: number,
  size: number,
): Uint8Array {
  const out = new Uint8Array(30 + name.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, LOCAL_HEADER, true)
  view.setUint16(4, VERSION, true)
  view.setUint16(6, flags, true)
  view.setUint16(8, STORE, true)
  view.setUint16(10, time, true)
  view.setUint16(12, date, true)
  view.setUint32(14, crc, true)
  view.setUint32(18, size, true) // compressed size
  view.setUint32(22, size, true) // uncompressed size
  view.setUint16(26, name.length, true)
  // extra field length stays 0
  out.set(name, 30)
  return out
}

// DOS date/time has 2-second resolution and starts in 1980; earlier dates are clamped to 1980-01-01.
export function dosDateTime(modified: Date | undefined): { time: number; date: number } {
  if (!modified || Number.isNaN(modified.getTime()) || modified.getFullYear() < 1980)
    return { time: 0, date: (1 << 5) | 1 }
  const year = Math.min(modified.getFullYear(), 2107)
  return {
    time: (modified.getHours() << 11) | (modified.getMinutes() << 5) | Math.floor(modified.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((modified.getMonth() + 1) << 5) | modified.getDate(),
  }
}
