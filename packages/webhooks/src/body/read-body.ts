import { HaloWebhookPayloadError } from '../errors/halo-webhook-payload-error.js'

const tooLarge = (limit: number) =>
  new HaloWebhookPayloadError(
    413,
    `The delivery is larger than ${limit} bytes (maxBodyBytes); raise the limit if Halo sends payloads this large`,
  )

/**
 * The raw body bytes, read no further than `limit`: a declared Content-Length over the limit is
 * refused before reading, and a stream that grows past it is cancelled.
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => undefined)
    throw tooLarge(limit)
  }
  if (request.body === null) return new Uint8Array(0)
  // A declared length is enforced by the HTTP framing, so the body cannot outgrow it: read it whole.
  if (Number.isFinite(declared) && request.headers.has('content-length')) {
    return new Uint8Array(await request.arrayBuffer())
  }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge(limit)
    }
    chunks.push(value)
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
