import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HaloWebhookHandler } from '../handler/handler-options.js'

/** What Express adds to Node's request: the mount-independent URL, and a body a middleware read. */
interface ExpressLikeRequest extends IncomingMessage {
  readonly originalUrl?: string
  readonly body?: unknown
}

/** A listener for `node:http` and Express, taking an optional Express `next` it never needs. */
export type NodeListener = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void

/**
 * Runs a Fetch-standard handler as a `node:http` listener or Express route. Under Express, mount
 * the route before `express.json()` or give it `express.raw({ type: '*\/*' })`: a signature covers
 * the raw bytes, which a JSON body parser throws away.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * import { createWebhookHandler, toNodeListener } from '@halo/webhooks'
 *
 * const handler = createWebhookHandler({
 *   verify: { header: { name: 'X-Halo-Key', value: process.env.HALO_WEBHOOK_KEY ?? '' } },
 *   on: { '*': (event) => console.log(event.name) },
 * })
 * createServer(toNodeListener(handler)).listen(8080)
 * ```
 */
export function toNodeListener(handler: HaloWebhookHandler): NodeListener {
  return (req, res, next) => {
    respond(handler, req as ExpressLikeRequest, res).catch((error: unknown) => {
      if (next) return next(error)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  }
}

async function respond(
  handler: HaloWebhookHandler,
  req: ExpressLikeRequest,
  res: ServerResponse,
): Promise<void> {
  const body = requestBody(req)
  if (body instanceof Error) {
    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify({ error: body.message }))
    return
  }
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  const url = new URL(req.originalUrl ?? req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
  const method = req.method ?? 'POST'
  const init: RequestInit & { duplex?: 'half' } = { method, headers }
  if (method !== 'GET' && method !== 'HEAD') {
    init.body = body
    init.duplex = 'half' // a streamed request body needs it in Node's fetch
  }
  const response = await handler(new Request(url, init))
  const out: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    out[name] = value
  })
  res.writeHead(response.status, out)
  res.end(Buffer.from(await response.arrayBuffer()))
}

/** The raw body: what a raw/text middleware kept, else the request stream itself. */
function requestBody(req: ExpressLikeRequest): BodyInit | Error {
  const kept = req.body
  if (typeof kept === 'string') return kept
  if (kept instanceof Uint8Array) return new Uint8Array(kept)
  // A JSON parser that skipped this request (another content type) leaves `{}` and the stream unread.
  const untouched = kept === undefined || (isEmptyObject(kept) && !req.readableEnded)
  if (!untouched) {
    return new Error(
      "The request body was already parsed by a middleware (express.json?); mount the Halo webhook route before it, or use express.raw({ type: '*/*' }): the signature covers the raw bytes",
    )
  }
  const chunks = req[Symbol.asyncIterator]()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next()
      if (next.done) controller.close()
      else
        controller.enqueue(
          typeof next.value === 'string' ? new TextEncoder().encode(next.value) : new Uint8Array(next.value),
        )
    },
    async cancel() {
      await chunks.return?.()
    },
  })
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0
}
