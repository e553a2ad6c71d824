import { type CentralEntry, centralDirectory } from './central-directory.js'
import { crc32 } from './crc32.js'
import {
  DATA_DESCRIPTOR,
  DATA_DESCRIPTOR_SIGNATURE,
  dosDateTime,
  localHeader,
  UTF8_NAMES,
} from './zip-format.js'
import type { ZipStoreOptions } from './zip-store.js'

/**
 * A ZIP archive (store method, like `zipStore`) produced piece by piece: each call answers the bytes
 * to append, so the archive can go straight to a file while its entries are still being produced.
 * Whole entries carry their CRC and size in the local header; an entry opened with `open` is written
 * as it comes and closed by a data descriptor (APPNOTE 4.3.9) once its CRC and size are known.
 */
export class ZipStreamWriter {
  readonly #encoder = new TextEncoder()
  readonly #time: number
  readonly #date: number
  readonly #entries: CentralEntry[] = []
  #offset = 0
  #open: { name: Uint8Array; offset: number; crc: number; size: number } | undefined

  constructor(options: ZipStoreOptions = {}) {
    const { time, date } = dosDateTime(options.modified)
    this.#time = time
    this.#date = date
  }

  /** A whole entry: its local header and data. */
  file(name: string, data: Uint8Array): Uint8Array {
    this.#assertClosed(name)
    const encodedName = this.#encoder.encode(name)
    const crc = crc32(data)
    const header = localHeader(encodedName, UTF8_NAMES, this.#time, this.#date, crc, data.length)
    this.#entries.push({ name: encodedName, flags: UTF8_NAMES, crc, size: data.length, offset: this.#offset })
    const out = new Uint8Array(header.length + data.length)
    out.set(header)
    out.set(data, header.length)
    return this.#advance(out)
  }

  /** Starts an entry whose data follows through `write`: its local header. */
  open(name: string): Uint8Array {
    this.#assertClosed(name)
    const encodedName = this.#encoder.encode(name)
    this.#open = { name: encodedName, offset: this.#offset, crc: 0, size: 0 }
    return this.#advance(localHeader(encodedName, UTF8_NAMES | DATA_DESCRIPTOR, this.#time, this.#date, 0, 0))
  }

  /** More data of the open entry (answered as is, counted into its CRC and size). */
  write(data: Uint8Array): Uint8Array {
    const entry = this.#open
    if (!entry) throw new Error('ZipStreamWriter: write() needs an entry opened with open()')
    entry.crc = crc32(data, entry.crc)
    entry.size += data.length
    if (entry.size > 0xffffffff) throw new RangeError('ZipStreamWriter: an entry would exceed 4 GiB')
    return this.#advance(data)
  }

  /** Ends the open entry: its data descriptor (CRC and sizes). */
  close(): Uint8Array {
    const entry = this.#open
    if (!entry) throw new Error('ZipStreamWriter: close() without an open entry')
    this.#open = undefined
    const flags = UTF8_NAMES | DATA_DESCRIPTOR
    this.#entries.push({ name: entry.name, flags, crc: entry.crc, size: entry.size, offset: entry.offset })
    const out = new Uint8Array(16)
    const view = new DataView(out.buffer)
    view.setUint32(0, DATA_DESCRIPTOR_SIGNATURE, true)
    view.setUint32(4, entry.crc, true)
    view.setUint32(8, entry.size, true) // compressed size
    view.setUint32(12, entry.size, true) // uncompressed size
    return this.#advance(out)
  }

  /** The central directory and end record: the last bytes of the archive. */
  finish(): Uint8Array {
    this.#assertClosed('the central directory')
    if (this.#entries.length > 0xffff)
      throw new RangeError(`ZipStreamWriter: ${this.#entries.length} entries exceed the ZIP limit of 65535`)
    return this.#advance(
      centralDirectory(this.#entries, this.#offset, this.#time, this.#date, 'ZipStreamWriter'),
    )
  }

  #assertClosed(next: string): void {
    if (this.#open) throw new Error(`ZipStreamWriter: close() the open entry before ${next}`)
  }

  #advance(bytes: Uint8Array): Uint8Array {
    this.#offset += bytes.length
    if (this.#offset > 0xffffffff) throw new RangeError('ZipStreamWriter: the archive would exceed 4 GiB')
    return bytes
  }
}
