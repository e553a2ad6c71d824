// A loopback HTTP server around `mock.handle()`, so any language or tool can talk to the mock.
// Answers stream out; a request's body is read whole before the mock sees it. A 'reset' fault
// destroys the socket; a client that disconnects aborts the request (ending 'timeout' and 'latency'
// faults).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHaloMock, type HaloMock } from '../mock/create-halo-mock.js'
import type { HaloMockOptions } from '../mock/settings.js'

export interface StartHaloMockOptions extends HaloMockOptions {
  /** Port to listen on (default 0: any free port). */
  port?: number
  /** Interface to bind (default `127.0.0.1`). */
  host?: string
  /** Serve an existing mock instead of creating one from the options. */
  mock?: HaloMock
}

export interface RunningHaloMock {
  /** `http://127.0.0.1:<port>`: use it as the client's `baseUrl`. */
  readonly url: string
  readonly port: number
  readonly mock: HaloMock
  /** Stops listening and drops open connections. */
  close(): Promise<void>
}

async function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else headers.set(name, value)
  }
  const method = req.method ?? 'GET'
  const init: RequestInit = { method, headers, signal }
  // Read whole before the mock sees it, as every handler reads a body whole anyway: handing it over
  // as a web stream costs more than the body's own bytes (about 1 ms for a POST of 100 tickets).
  if (method !== 'GET' && method !== 'HEAD') init.body = await readBody(req)
  return new Request(new URL(req.url ?? '/', origin), init)
}

/** The body's bytes (a socket's chunks are never on shared memory, hence `ArrayBuffer`). */
async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer<ArrayBuffer>[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer<ArrayBuffer>)
  return chunks.length === 1 ? (chunks[0] as Buffer<ArrayBuffer>) : Buffer.concat(chunks)
}

async function send(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  res.writeHead(response.status, headers)
  if (!response.body) {
    res.end()
    return
  }
  const reader = response.body.getReader()
  // Chunks already made (a list answer makes many at once) go out in one write: the socket is
  // corked until the reads of those chunks are done (a tick). Not until the event loop next turns:
  // requests that arrive together are handled in one turn, and each answer would then wait for the
  // last of them (eight POSTs of 100 tickets: the first answer left after all eight were made).
  let corked = false
  const uncork = () => {
    corked = false
    res.uncork()
  }
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (!corked) {
      corked = true
      res.cork()
      process.nextTick(uncork)
    }
    if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve))
  }
  res.end()
}

/**
 * Serves a simulated Halo over HTTP on loopback, for clients that cannot take a `fetch` or msw: other
 * processes, other languages, curl.
 *
 * @example
 * ```ts
 * import { HaloClient } from '@halo/client'
 * import { mockCredentials, startHaloMock } from '@halo/mock'
 *
 * const server = await startHaloMock({ port: 0 }) // any free port
 * const halo = new HaloClient({ baseUrl: server.url, ...mockCredentials })
 * console.log((await halo.users.getMe()).name)
 * await server.close()
 * ```
 */
export async function startHaloMock(options: StartHaloMockOptions = {}): Promise<RunningHaloMock> {
  const { port = 0, host = '127.0.0.1', mock: given, ...mockOptions } = options
  const mock = given ?? createHaloMock(mockOptions)
  let origin = ''
  const server = createServer((req, res) => {
    const aborter = new AbortController()
    res.on('close', () => {
      if (!res.writableFinished) aborter.abort(new Error('client disconnected'))
    })
    void (async () => {
      try {
        const response = await mock.handle(await toRequest(req, origin, aborter.signal))
        if (response.type === 'error') {
          req.socket.destroy()
          return
        }
        await send(response, res)
      } catch {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain' })
          res.end('Internal Server Error')
        } else res.destroy()
      }
    })()
  })
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address
  origin = `http://${hostForUrl}:${address.port}`
  return {
    url: origin,
    port: address.port,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      }),
  }
}
