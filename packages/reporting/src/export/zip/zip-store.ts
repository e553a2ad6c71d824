import { crc32 } from './crc32.js'

export interface ZipEntry {
  /** Path inside the archive, with `/` separators: `xl/workbook.xml`. */
  name: string
  data: Uint8Array
}

export interface ZipStoreOptions {
  /**
   * Modification time written for every entry. Default 1980-01-01 00:00, the earliest DOS time, so
   * that the same input always gives the same bytes.
   */
  modified?: Date | undefined
}

const LOCAL_HEADER = 0x04034b50
const CENTRAL_HEADER = 0x02014b50
const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const VERSION = 20 // 2.0: the lowest version that readers expect for plain stored files
const UTF8_NAMES = 0x0800 // general purpose flag bit 11: names are UTF-8
const STORE = 0 // no compression: keeps the writer tiny and free of dependencies

/**
 * Packs entries into a ZIP archive without compression (method 0, "store"): local file headers with
 * the data, then the central directory and the end record (PKWARE APPNOTE 4.3). No ZIP64, so the
 * archive must stay under 4 GiB and 65 535 entries; larger input throws.
 */
export function zipStore(entries: readonly ZipEntry[], options: ZipStoreOptions = {}): Uint8Array {
  if (entries.length > 0xffff)
    throw new RangeError(`zipStore: ${entries.length} entries exceed the ZIP limit of 65535`)
  const encoder = new TextEncoder()
  const { time, date } = dosDateTime(options.modified)
  const files = entries.map((entry) => ({
    name: encoder.encode(entry.name),
    data: entry.data,
    crc: crc32(entry.data),
  }))
  const seen = new Set<string>()
  for (const entry of entries) {
    if (entry.name === '' || entry.name.startsWith('/') || entry.name.split('/').includes('..')) {
      throw new RangeError(`zipStore: invalid entry name ${JSON.stringify(entry.name)}`)
    }
    if (seen.has(entry.name))
      throw new RangeError(`zipStore: duplicate entry name ${JSON.stringify(entry.name)}`)
    seen.add(entry.name)
  }

  const localSize = files.reduce((sum, file) => sum + 30 + file.name.length + file.data.length, 0)
  const centralSize = files.reduce((sum, file) => sum + 46 + file.name.length, 0)
  const total = localSize + centralSize + 22
  if (localSize + centralSize > 0xffffffff) throw new RangeError('zipStore: the archive would exceed 4 GiB')

  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  const offsets: number[] = []
  let at = 0
  for (const file of files) {
    offsets.push(at)
    view.setUint32(at, LOCAL_HEADER, true)
    view.setUint16(at + 4, VERSION, true)
    view.setUint16(at + 6, UTF8_NAMES, true)
    view.setUint16(at + 8, STORE, true)
    view.setUint16(at + 10, time, true)
    view.setUint16(at + 12, date, true)
    view.setUint32(at + 14, file.crc, true)
    view.setUint32(at + 18, file.data.length, true) // compressed size
    view.setUint32(at + 22, file.data.length, true) // uncompressed size
    view.setUint16(at + 26, file.name.length, true)
    view.setUint16(at + 28, 0, true) // extra field length
    out.set(file.name, at + 30)
    out.set(file.data, at + 30 + file.name.length)
    at += 30 + file.name.length + file.data.length
  }
  const centralStart = at
  files.forEach((file, index) => {
    view.setUint32(at, CENTRAL_HEADER, true)
    view.setUint16(at + 4, VERSION, true) // version made by (MS-DOS)
    view.setUint16(at + 6, VERSION, true) // version needed
    view.setUint16(at + 8, UTF8_NAMES, true)
    view.setUint16(at + 10, STORE, true)
    view.setUint16(at + 12, time, true)
    view.setUint16(at + 14, date, true)
    view.setUint32(at + 16, file.crc, true)
    view.setUint32(at + 20, file.data.length, true)
    view.setUint32(at + 24, file.data.length, true)
    view.setUint16(at + 28, file.name.length, true)
    // extra length, comment length, disk number, internal and external attributes stay 0
    view.setUint32(at + 42, offsets[index] ?? 0, true)
    out.set(file.name, at + 46)
    at += 46 + file.name.length
  })
  view.setUint32(at, END_OF_CENTRAL_DIRECTORY, true)
  // disk numbers (at + 4, at + 6) stay 0
  view.setUint16(at + 8, files.length, true)
  view.setUint16(at + 10, files.length, true)
  view.setUint32(at + 12, at - centralStart, true)
  view.setUint32(at + 16, centralStart, true)
  // comment length stays 0
  return out
}

// DOS date/time has 2-second resolution and starts in 1980; earlier dates are clamped to 1980-01-01.
function dosDateTime(modified: Date | undefined): { time: number; date: number } {
  if (!modified || Number.isNaN(modified.getTime()) || modified.getFullYear() < 1980)
    return { time: 0, date: (1 << 5) | 1 }
  const year = Math.min(modified.getFullYear(), 2107)
  return {
    time: (modified.getHours() << 11) | (modified.getMinutes() << 5) | Math.floor(modified.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((modified.getMonth() + 1) << 5) | modified.getDate(),
  }
}
