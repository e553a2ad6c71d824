// A list answer written about 96 kB of rows at a time: `{ ...head, <key>: [...] }` with the same
// bytes as `json()` would send. Each part is serialised and turned into bytes on its own: the JSON of
// a whole page of tickets (over 128 kB) or of thousands of actions is a string V8 keeps outside its
// young generation, and making it, then encoding it, then collecting it cost about twice the CPU of
// parts of ~100 kB. A long list is serialised as the body is read, pausing for other requests
// whenever it has held the thread a slice of time (`WorkSlice`): the mock handles requests on one
// thread, and without this one answer of every action (tens of MB) would hold back every request
// behind it until it was serialised whole, where a real Halo answers them side by side.
import { json, jsonHeaders } from './respond.js'
import { utf8 } from './utf8.js'
import { WorkSlice } from './work-slice.js'

/** Rows serialised into the first body chunk; the rows of each next one come to about `PART_BYTES`. */
const PART = 50
/**
 * Below V8's 128 kB limit for young-generation strings, and large enough that a long answer is not
 * hundreds of small chunks (measured best against 64 kB and 120 kB).
 */
const PART_BYTES = 96_000

const COMMA = 0x2c

/**
 * `{ ...head, [key]: rows }` as JSON bytes (`head` must not hold `key`). What one slice of time
 * serialises is written at once; a longer list is written a slice at a time as the body is read.
 */
export function slicedListJson(
  head: Readonly<Record<string, unknown>>,
  key: string,
  rows: readonly unknown[],
  slice: WorkSlice = new WorkSlice(),
): Response {
  if (rows.length <= PART) return json({ ...head, [key]: rows })
  let next = 0
  let part = PART
  /**
   * Enqueues rows from `next` on until the slice is spent or every row is out, and moves `next` on.
   * At least one part goes out per call: a pull that enqueued nothing would not be called again.
   */
  const write = (controller: ReadableStreamDefaultController<Uint8Array>): void => {
    for (let first = true; next < rows.length && (first || !slice.spent); first = false) {
      const stop = Math.min(next + part, rows.length)
      // Rows go out as an array without its brackets: `[a,b]` is sent as `a,b` for the first rows
      // and `,a,b` after (the opening bracket's byte becomes the comma), so no string is cut or joined.
      const bytes = utf8(JSON.stringify(rows.slice(next, stop)))
      if (next === 0) controller.enqueue(bytes.subarray(1, bytes.length - 1))
      else {
        bytes[0] = COMMA
        controller.enqueue(bytes.subarray(0, bytes.length - 1))
      }
      // As many rows as fill about PART_BYTES, at these rows' size.
      part = Math.max(1, Math.floor((PART_BYTES * (stop - next)) / bytes.length))
      next = stop
    }
    if (next >= rows.length) {
      controller.enqueue(utf8(']}'))
      controller.close()
    }
  }
  const headJson = JSON.stringify(head)
  const opening = utf8(`${headJson.slice(0, -1)}${headJson === '{}' ? '' : ','}${JSON.stringify(key)}:[`)
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(opening)
      write(controller)
    },
    async pull(controller) {
      if (next >= rows.length) return
      await slice.pause()
      write(controller)
    },
  })
  return new Response(body, { status: 200, headers: jsonHeaders })
}
