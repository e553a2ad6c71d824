import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
import { createHaloMcpServer } from '../create-halo-mcp-server.js'
import type { HaloMcpServerOptions } from '../server-options.js'

/** Options of {@link serveHaloMcpHttp}: the server's, plus where to listen. */
export type ServeHttpOptions = HaloMcpServerOptions & {
  /** Default 0: a free port (read it from `url`). */
  readonly port?: number | undefined
  /**
   * Default `127.0.0.1`: only this machine can connect. Binding elsewhere exposes Halo to whoever can
   * reach the port, so put authentication in front of it.
   */
  readonly host?: string | undefined
  /** Default `/mcp`. */
  readonly path?: string | undefined
}

/** A running HTTP server. */
export interface HaloMcpHttpServer {
  /** Where MCP clients connect: `http://127.0.0.1:8123/mcp`. */
  readonly url: string
  close(): Promise<void>
}

/** Largest JSON-RPC request accepted: tool calls are small; this stops a runaway body. */
const MAX_BODY_BYTES = 4 * 1024 * 1024

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1'])

function jsonRpcError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }))
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new RangeError(`Request body over ${MAX_BODY_BYTES} bytes`)
    chunks.push(chunk as Buffer)
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'))
}

/**
 * Serves Halo over MCP's Streamable HTTP transport, stateless: each POST gets a fresh server and
 * transport (tools hold no session state; the Halo client, its token, rate limiter and name caches are
 * shared by all). Bound to 127.0.0.1 by default, with DNS-rebinding protection on loopback.
 *
 * @example
 * ```ts
 * import { HaloClient } from '@halo/client'
 * import { serveHaloMcpHttp } from '@halo/mcp'
 *
 * const http = await serveHaloMcpHttp({ client: HaloClient.fromEnv(), port: 8123 })
 * console.error(`MCP endpoint: ${http.url}`)
 * ```
 */
export async function serveHaloMcpHttp(options: ServeHttpOptions): Promise<HaloMcpHttpServer> {
  const host = options.host ?? '127.0.0.1'
  const path = options.path ?? '/mcp'
  // Fail on bad options now rather than on the first request.
  createHaloMcpServer(options)
  let allowedHosts: string[] | undefined

  const httpServer = createServer((req, res) => {
    const requestPath = new URL(req.url ?? '/', 'http://localhost').pathname
    if (requestPath !== path) return jsonRpcError(res, 404, `Not found; the MCP endpoint is ${path}`)
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST')
      return jsonRpcError(res, 405, 'Method not allowed: this server is stateless, POST JSON-RPC messages')
    }
    void handlePost(req, res)
  })

  async function handlePost(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: unknown
    try {
      body = await readJson(req)
    } catch (error) {
      return jsonRpcError(res, 400, `Parse error: ${error instanceof Error ? error.message : String(error)}`)
    }
    const server = createHaloMcpServer(options)
    // No session id generator: stateless, every request stands alone.
    const transport = new StreamableHTTPServerTransport({
      enableJsonResponse: true,
      ...(allowedHosts === undefined ? {} : { enableDnsRebindingProtection: true, allowedHosts }),
    })
    res.on('close', () => {
      void transport.close()
      void server.close()
    })
    try {
      await server.connect(transport)
      await transport.handleRequest(req, res, body)
    } catch (error) {
      if (!res.headersSent) jsonRpcError(res, 500, error instanceof Error ? error.message : 'Internal error')
    }
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(options.port ?? 0, host, () => {
      httpServer.off('error', reject)
      resolve()
    })
  })
  const { port } = httpServer.address() as AddressInfo
  if (LOOPBACK_HOSTS.has(host)) {
    allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]
  }
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shownHost}:${port}${path}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        httpServer.closeAllConnections()
        httpServer.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
