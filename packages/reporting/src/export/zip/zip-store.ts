import { type CentralEntry, centralDirectory } from './central-directory.js'
import { crc32 } from './crc32.js'
import { dosDateTime, localHeader, UTF8_NAMES } from './zip-format.js'

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
  const central: CentralEntry[] = []
  let at = 0
  for (const file of files) {
    central.push({ name: file.name, flags: UTF8_NAMES, crc: file.crc, size: file.data.length, offset: at })
    at += 30 + file.name.length + file.data.length
  }
  const directory = centralDirectory(central, localSize, time, date, 'zipStore')
  const out = new Uint8Array(localSize + directory.length)
  for (const [index, file] of files.entries()) {
    const offset = central[index]?.offset ?? 0
    out.set(localHeader(file.name, UTF8_NAMES, time, date, file.crc, file.data.length), offset)
    out.set(file.data, offset + 30 + file.name.length)
  }
  out.set(directory, localSize)
  return out
}
