// An HTML page where a list was due (a login page, a proxy in front of /api) is told by the body's
// first bytes, as the core tells it for a body it reads (`parse-body.ts` in @halo/core): never by the
// content-type alone, since some IIS setups label Halo's JSON text/html.
const HTML_START = /^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|title[\s>])/i

/** Bytes enough to see an HTML start past leading whitespace. */
const HEAD_BYTES = 64

const decoder = new TextDecoder()

/** What the start of a streamed body showed, and the body to read on (the bytes looked at put back). */
export interface BodyStart {
  readonly html: boolean
  readonly body: ReadableStream<Uint8Array>
}

/** Reads the body's first bytes to tell whether it is an HTML page; the body answered reads whole. */
export async function readBodyStart(source: ReadableStream<Uint8Array>): Promise<BodyStart> {
  const reader = source.getReader()
  const head: Uint8Array[] = []
  let start = ''
  let done = false
  // Read on only while the start could still be an HTML one: JSON's first byte already says no.
  while (start.length < HEAD_BYTES && !/^\s*[^\s<]/.test(start)) {
    const next = await reader.read()
    if (next.done) {
      done = true
      break
    }
    head.push(next.value)
    start += decoder.decode(next.value.subarray(0, HEAD_BYTES))
  }
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        for (const part of head) controller.enqueue(part)
        if (done) controller.close()
      },
      async pull(controller) {
        const next = await reader.read()
        if (next.done) controller.close()
        else controller.enqueue(next.value)
      },
      cancel(reason) {
        return reader.cancel(reason)
      },
    },
    { highWaterMark: 0 },
  )
  return { html: HTML_START.test(start), body }
}
