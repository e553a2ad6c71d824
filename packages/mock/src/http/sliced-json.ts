// A large list answer written a slice of rows at a time: `{ record_count, <key>: [...] }` with the
// same bytes as `json()` would send, but serialised as the body is read, with a pause to the event
// loop between slices. The mock handles requests on one thread; without this, one answer of every
// action (tens of MB) would hold back every request behind it until it was serialised whole, where
// a real Halo answers them side by side.
import { pauseForOthers } from './pause-for-others.js'
import { json, jsonHeaders } from './respond.js'

/** Rows serialised per slice. */
const SLICE = 2_000

export function slicedListJson(recordCount: number, key: string, rows: readonly unknown[]): Response {
  if (rows.length <= SLICE) return json({ record_count: recordCount, [key]: rows })
  const encoder = new TextEncoder()
  let next = 0
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        encoder.encode(
          `${JSON.stringify({ record_count: recordCount }).slice(0, -1)},${JSON.stringify(key)}:[`,
        ),
      )
    },
    async pull(controller) {
      await pauseForOthers()
      const slice = JSON.stringify(rows.slice(next, next + SLICE)).slice(1, -1)
      controller.enqueue(encoder.encode(next === 0 ? slice : `,${slice}`))
      next += SLICE
      if (next >= rows.length) {
        controller.enqueue(encoder.encode(']}'))
        controller.close()
      }
    },
  })
  return new Response(body, { status: 200, headers: jsonHeaders })
}
