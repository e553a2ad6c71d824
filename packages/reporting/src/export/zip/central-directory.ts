import { CENTRAL_HEADER, END_OF_CENTRAL_DIRECTORY, STORE, VERSION } from './zip-format.js'

/** What the central directory says of one stored entry. */
export interface CentralEntry {
  readonly name: Uint8Array
  readonly flags: number
  readonly crc: number
  readonly size: number
  /** Where its local header starts. */
  readonly offset: number
}

/**
 * The central directory and its end record (PKWARE APPNOTE 4.3.12, 4.3.16) for stored entries, the
 * directory starting at byte `start` of the archive. Readers find every entry through it.
 */
export function centralDirectory(
  entries: readonly CentralEntry[],
  start: number,
  time: number,
  date: number,
  caller: string,
): Uint8Array {
  const size = entries.reduce((sum, entry) => sum + 46 + entry.name.length, 0)
  if (start + size > 0xffffffff) throw new RangeError(`${caller}: the archive would exceed 4 GiB`)
  const out = new Uint8Array(size + 22)
  const view = new DataView(out.buffer)
  let at = 0
  for (const entry of entries) {
    view.setUint32(at, CENTRAL_HEADER, true)
    view.setUint16(at + 4, VERSION, true) // version made by (MS-DOS)
    view.setUint16(at + 6, VERSION, true) // version needed
    view.setUint16(at + 8, entry.flags, true)
    view.setUint16(at + 10, STORE, true)
    view.setUint16(at + 12, time, true)
    view.setUint16(at + 14, date, true)
    view.setUint32(at + 16, entry.crc, true)
    view.setUint32(at + 20, entry.size, true)
    view.setUint32(at + 24, entry.size, true)
    view.setUint16(at + 28, entry.name.length, true)
    // extra length, comment length, disk number, internal and external attributes stay 0
    view.setUint32(at + 42, entry.offset, true)
    out.set(entry.name, at + 46)
    at += 46 + entry.name.length
  }
  view.setUint32(at, END_OF_CENTRAL_DIRECTORY, true)
  // disk numbers (at + 4, at + 6) stay 0
  view.setUint16(at + 8, entries.length, true)
  view.setUint16(at + 10, entries.length, true)
  view.setUint32(at + 12, size, true)
  view.setUint32(at + 16, start, true)
  // comment length stays 0
  return out
}
