import type { Readable, Writable } from 'node:stream'
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import { createHaloMcpServer } from '../create-halo-mcp-server.js'
import type { HaloMcpServerOptions } from '../server-options.js'

/** Options of {@link serveHaloMcpStdio}: the server's, plus the streams to speak on. */
export type ServeStdioOptions = HaloMcpServerOptions & {
  /** Default `process.stdin`. */
  readonly stdin?: Readable | undefined
  /** Default `process.stdout`. Nothing else may write to it while the server runs. */
  readonly stdout?: Writable | undefined
}

/**
 * Serves Halo over stdio, the way MCP clients (Claude Desktop, VS Code, Cursor) start local servers.
 * Resolves once connected; the server runs until stdin closes or `server.close()`.
 *
 * @example
 * ```ts
 * import { HaloClient } from '@halo/client'
 * import { serveHaloMcpStdio } from '@halo/mcp'
 *
 * await serveHaloMcpStdio({ client: HaloClient.fromEnv() })
 * ```
 */
export async function serveHaloMcpStdio(options: ServeStdioOptions): Promise<McpServer> {
  const server = createHaloMcpServer(options)
  const transport = new StdioServerTransport(options.stdin, options.stdout)
  await server.connect(transport)
  return server
}
