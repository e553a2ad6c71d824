import { raceAbort } from './abort.js'

/**
 * Reads a whole body while listening to the attempt's signal, so the per-attempt timeout covers a
 * body that trickles in after the headers (not every fetch aborts a body stream on its own).
 */
export async function readBodyBytes(response: Response, signal: AbortSignal): Promise<Uint8Array> {
  const stream = response.body
  if (stream === null) return new Uint8Array(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  try {
    for (;;) {
      const { done, value } = await raceAbort(reader.read(), signal)
      if (done) break
      chunks.push(value)
      length += value.byteLength
    }
  } catch (error) {
    reader.cancel().catch(() => {})
    throw error
  } finally {
    try {
      reader.releaseLock()
    } catch {
      // A read still pending after an abort; the stream was cancelled above.
    }
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0]
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}
