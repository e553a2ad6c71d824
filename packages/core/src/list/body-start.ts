/** Bytes enough to see an HTML start past leading whitespace. */
const HEAD_BYTES = 64

/** Whether the start read so far already shows a first character that cannot open an HTML page. */
const OPENS_WITH_OTHER = /^\s*[^\s<]/

const decoder = new TextDecoder()

/** The first chunks of a body and the text they start with. */
export interface BodyStart {
  readonly chunks: Uint8Array[]
  /** The decoded start of each chunk, enough to tell an HTML page. */
  readonly text: string
  /** The body ended within these chunks. */
  readonly ended: boolean
}

/**
 * Reads a body's first chunks, only as far as its start can still be an HTML page: one chunk, for
 * an answer whose first byte is JSON's. The chunks are given back for the reader to go on with.
 */
export async function readBodyStart(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<BodyStart> {
  const chunks: Uint8Array[] = []
  let text = ''
  while (text.length < HEAD_BYTES && !OPENS_WITH_OTHER.test(text)) {
    const next = await reader.read()
    if (next.done) return { chunks, text, ended: true }
    chunks.push(next.value)
    text += decoder.decode(next.value.subarray(0, HEAD_BYTES))
  }
  return { chunks, text, ended: false }
}
