import { joinBytes } from '../transport/join-bytes.js'
import { decodeText } from '../transport/read-body.js'
import { extractRecords, readRecordCount } from './extract-records.js'
import { parseAnswerJson } from './parse-answer-json.js'

// Byte values the scanner looks for; everything it cuts at is ASCII, so a cut never splits a UTF-8
// sequence.
const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const COMMA = 0x2c
const COLON = 0x3a
const SPACE = 0x20
/** Bytes of a string scanned one by one before the scanner jumps ahead with indexOf. */
const SHORT_STRING = 24

/** Records of a list answer as text: a JSON array, unparsed, and how many records it holds. */
export interface RecordBatchText {
  readonly json: string
  readonly count: number
}

/** What the end of a list answer gives: its last batches, and Halo's total when it sent one. */
export interface ListAnswerEnd {
  readonly batches: RecordBatchText[]
  readonly recordCount: number | undefined
}

/**
 * Splits a JSON list answer fed in chunks into batches of records, without holding the whole body.
 *
 * The records array (the value under `listKey` of the top-level object, or a top-level array) is cut
 * at its own commas into batches of about `batchBytes`, each answered as the text of a JSON array
 * with its record count, unparsed; every byte outside it (the envelope: `record_count` and the
 * rest) is kept and parsed at the end with the array left empty. An answer without that array is
 * kept whole and read by `extractRecords`, so the shapes it accepts are accepted here too.
 *
 * A single pass over the bytes tracks strings (jumping to the next quote or backslash with
 * `indexOf`, as a record's bytes are mostly string contents) and nesting depth.
 */
export class ListSplitter {
  readonly #listKey: string
  readonly #batchBytes: number

  #depth = 0
  #inString = false
  #escaped = false

  /** The body is an object (its members have names) rather than an array. */
  #topIsObject = false
  /** The top-level object's next string is a member name. */
  #expectingName = false
  #nameStart = -1
  #nameParts: Uint8Array[] = []
  /** The member name read last. */
  #currentName: string | undefined
  /** The member name whose value comes next (set by its `:`). */
  #valueName: string | undefined

  /** Inside the records array: its elements sit at this depth. */
  #recordsDepth = 0
  #streamed = false
  #batchParts: Uint8Array[] = []
  #batchLength = 0
  #batchStart = 0
  #envelopeParts: Uint8Array[] = []
  #envelopeStart = 0
  /** Record-level commas in the batch so far: a batch with content holds one record more. */
  #batchCommas = 0
  #ready: RecordBatchText[] = []
  #leadingRecordCount: number | undefined

  constructor(listKey: string, batchBytes: number) {
    this.#listKey = listKey
    this.#batchBytes = batchBytes
  }

  /**
   * Halo's `record_count` when the answer sent it before its records (as Halo does), known once the
   * records array has opened: a reader paging through a list can ask for the other pages then,
   * without waiting for this page's records.
   */
  get leadingRecordCount(): number | undefined {
    return this.#leadingRecordCount
  }

  /** Takes the next chunk of the body; answers the batches it completed. */
  push(chunk: Uint8Array): RecordBatchText[] {
    this.#batchStart = 0
    this.#envelopeStart = 0
    this.#scan(chunk)
    // A member name cut by the chunk's end goes on from the next chunk's first byte.
    if (this.#nameStart >= 0) {
      this.#nameParts.push(chunk.slice(this.#nameStart))
      this.#nameStart = 0
    }
    // What goes on past this chunk is copied: the caller may reuse the chunk's memory.
    if (this.#inRecords()) this.#keepBatch(chunk.slice(this.#batchStart))
    else this.#envelopeParts.push(chunk.slice(this.#envelopeStart))
    const ready = this.#ready
    this.#ready = []
    return ready
  }

  /**
   * The scanning loop, the hot part: state lives in locals while bytes inside the top-level value
   * go by, and is written back only for the rare bytes that concern the envelope.
   */
  #scan(chunk: Uint8Array): void {
    const n = chunk.length
    let depth = this.#depth
    let inString = this.#inString
    let escaped = this.#escaped
    let recordsDepth = this.#recordsDepth
    // Where the next `"` / `\` lies, once a string is too long for the plain loop (found with
    // indexOf, recomputed once passed).
    let nextQuote = -1
    let nextBackslash = -1
    let i = 0
    while (i < n) {
      if (inString) {
        if (escaped) {
          escaped = false
          i++
          continue
        }
        // Most strings (member names, short values) end within a few bytes: a plain loop over
        // them costs less than a call to indexOf.
        const near = Math.min(i + SHORT_STRING, n)
        let c = 0
        while (i < near) {
          c = chunk[i] as number
          if (c === QUOTE || c === BACKSLASH) break
          i++
        }
        if (i === near && near < n) {
          if (nextQuote < i) nextQuote = indexOrEnd(chunk, QUOTE, i)
          if (nextBackslash < i) nextBackslash = indexOrEnd(chunk, BACKSLASH, i)
          i = Math.min(nextQuote, nextBackslash)
          if (i === n) break
          c = chunk[i] as number
        } else if (i === n) break
        if (c === BACKSLASH) {
          escaped = true
          i++
          continue
        }
        inString = false
        if (this.#nameStart >= 0) this.#endName(chunk, i)
        i++
        continue
      }
      const c = chunk[i] as number
      if (c === QUOTE) {
        inString = true
        if (depth === 1 && this.#expectingName) {
          this.#expectingName = false
          this.#nameStart = i + 1
        }
      } else if (depth >= 2 || recordsDepth === 1) {
        // Inside a record (or between records): only nesting and the records' own commas matter.
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++
        else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
          if (depth === recordsDepth) {
            this.#endRecords(chunk, i)
            recordsDepth = 0
          }
          depth--
        } else if (c === COMMA && depth === recordsDepth) this.#maybeCut(chunk, i)
      } else if (c > SPACE) {
        this.#depth = depth
        this.#envelopeByte(chunk, i, c)
        depth = this.#depth
        recordsDepth = this.#recordsDepth
      }
      i++
    }
    this.#depth = depth
    this.#inString = inString
    this.#escaped = escaped
  }

  /**
   * Ends the body: answers its last batches (the records of an answer that had no records array,
   * read whole) and its `record_count`.
   */
  end(): ListAnswerEnd {
    if (this.#inRecords() || this.#inString || this.#depth !== 0) {
      throw new TypeError('the list answer ended in the middle of its JSON; the answer may have been cut')
    }
    const text = decodeText(joinBytes(this.#envelopeParts))
    this.#envelopeParts = []
    const ready = this.#ready
    this.#ready = []
    if (text.trim() === '') return { batches: ready, recordCount: undefined }
    // The envelope must still be whole JSON: a body cut short fails here.
    const { records, recordCount } = extractRecords(parseAnswerJson(text, 'the list answer'), this.#listKey)
    if (this.#streamed || records.length === 0) return { batches: ready, recordCount }
    return { batches: [...ready, { json: JSON.stringify(records), count: records.length }], recordCount }
  }

  #inRecords(): boolean {
    return this.#recordsDepth > 0
  }

  #endName(chunk: Uint8Array, end: number): void {
    this.#nameParts.push(chunk.subarray(Math.max(this.#nameStart, 0), end))
    const raw = decodeText(joinBytes(this.#nameParts))
    this.#nameParts = []
    this.#nameStart = -1
    this.#valueName = undefined
    this.#currentName = parseAnswerJson(`"${raw}"`, 'a member name of the list answer') as string
  }

  /** A byte of the top-level value itself (outside any string, not whitespace). */
  #envelopeByte(chunk: Uint8Array, i: number, c: number): void {
    if (this.#depth === 1) {
      if (c === COLON) {
        this.#valueName = this.#currentName
        return
      }
      const valueName = this.#valueName
      this.#valueName = undefined
      if (c === OPEN_ARRAY && valueName === this.#listKey && !this.#streamed) {
        this.#depth++
        this.#startRecords(chunk, i)
        return
      }
    }
    switch (c) {
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        this.#depth++
        if (this.#depth === 1) {
          this.#topIsObject = c === OPEN_OBJECT
          this.#expectingName = this.#topIsObject
          if (c === OPEN_ARRAY) this.#startRecords(chunk, i)
        }
        return
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        this.#depth--
        return
      case COMMA:
        if (this.#depth === 1) this.#expectingName = this.#topIsObject
        return
    }
  }

  /** The `[` at `i` opens the records array: the envelope keeps it, records start after it. */
  #startRecords(chunk: Uint8Array, i: number): void {
    this.#streamed = true
    this.#recordsDepth = this.#depth
    this.#envelopeParts.push(chunk.slice(this.#envelopeStart, i + 1))
    this.#batchStart = i + 1
    if (this.#topIsObject) this.#leadingRecordCount = this.#recordCountSoFar()
  }

  /** `record_count` among the envelope's members before the records array, if it is there. */
  #recordCountSoFar(): number | undefined {
    // The envelope up to the array's `[`, closed as if the array were empty: `{…,"tickets":[]}`.
    const text = `${decodeText(joinBytes(this.#envelopeParts))}]}`
    try {
      return readRecordCount((JSON.parse(text) as { readonly record_count?: unknown }).record_count)
    } catch {
      // Not JSON yet as it stands: `end` reads the whole envelope, and says what is wrong with it.
      return undefined
    }
  }

  /** The `]` at `i` closes the records array: the last batch ends, the envelope resumes with it. */
  #endRecords(chunk: Uint8Array, i: number): void {
    this.#keepBatch(chunk.subarray(this.#batchStart, i))
    this.#emitBatch()
    this.#recordsDepth = 0
    this.#envelopeStart = i
  }

  /** A comma between two records: the batch ends here once it is large enough. */
  #maybeCut(chunk: Uint8Array, i: number): void {
    if (this.#batchLength + (i - this.#batchStart) < this.#batchBytes) {
      this.#batchCommas++
      return
    }
    this.#keepBatch(chunk.subarray(this.#batchStart, i))
    this.#emitBatch()
    this.#batchStart = i + 1
  }

  #keepBatch(piece: Uint8Array): void {
    if (piece.length === 0) return
    this.#batchParts.push(piece)
    this.#batchLength += piece.length
  }

  #emitBatch(): void {
    const text = decodeText(joinBytes(this.#batchParts))
    const commas = this.#batchCommas
    this.#batchParts = []
    this.#batchLength = 0
    this.#batchCommas = 0
    if (commas > 0 || /\S/.test(text)) this.#ready.push({ json: `[${text}]`, count: commas + 1 })
  }
}

function indexOrEnd(chunk: Uint8Array, byte: number, from: number): number {
  const at = chunk.indexOf(byte, from)
  return at < 0 ? chunk.length : at
}
