import { abortReason } from './abort.js'
import type { AttemptDeadline } from './attempt-deadline.js'
import { joinBytes } from './join-bytes.js'

/** A body passed the size cap; reading stopped there. Internal: the transport turns it into a HaloError. */
export class ResponseTooLargeError extends Error {
  readonly limit: number
  constructor(limit: number) {
    super(`The response body is larger than ${limit} bytes`)
    this.limit = limit
  }
}

/**
 * Reads a whole body under the attempt's deadline and at most `maxBytes` of it, so the per-attempt
 * timeout covers a body that trickles in after the headers (not every fetch aborts a body stream on
 * its own), and a huge or endless body ends at the cap rather than in an out-of-memory crash.
 *
 * The deadline cancels the reader when it aborts, which ends the pending read at once, and the
 * abort's reason is thrown. (A race and listener per chunk, as before, cost a fifth of a request.)
 * On success the reader is not released: the stream is finished, and releasing the lock would build
 * an error for the reader's `closed` promise.
 */
export async function readBodyBytes(
  response: Response,
  deadline: AttemptDeadline,
  maxBytes: number,
): Promise<Uint8Array> {
  const stream = response.body
  if (stream === null) return new Uint8Array(0)
  // Announced too large: refused without reading a byte.
  if (Number(response.headers.get('content-length')) > maxBytes) {
    stream.cancel().catch(() => {})
    throw new ResponseTooLargeError(maxBytes)
  }
  const { signal } = deadline
  signal.throwIfAborted()
  const reader = stream.getReader()
  deadline.whenAborted(() => {
    reader.cancel(signal.reason).catch(() => {})
  })
  let first: Uint8Array | undefined
  let chunks: Uint8Array[] | undefined
  let length = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      // A cancelled reader reports `done`: the body did not end, the attempt did.
      if (signal.aborted) throw abortReason(signal)
      if (done) break
      length += value.byteLength
      // Memory stays bounded whatever the server sends (an endless body included).
      if (length > maxBytes) throw new ResponseTooLargeError(maxBytes)
      if (first === undefined) first = value
      else if (chunks === undefined) chunks = [first, value]
      else chunks.push(value)
    }
  } catch (error) {
    reader.cancel().catch(() => {})
    throw error
  } finally {
    deadline.whenAborted(undefined)
  }
  if (chunks === undefined) return first ?? new Uint8Array(0)
  return joinBytes(chunks)
}

// One decoder for every response: `decode` without `stream` keeps no state between calls.
const utf8 = new TextDecoder('utf-8')

export function decodeText(bytes: Uint8Array): string {
  return utf8.decode(bytes)
}
