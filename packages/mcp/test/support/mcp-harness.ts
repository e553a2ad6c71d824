import { HaloClient } from '@halo/client'
import { mockCredentials } from '@halo/mock'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { createHaloMcpServer } from '../../src/index.js'
import type { HaloMcpServerOptions } from '../../src/server-options.js'

/** A client of the simulated Halo at `url` that retries quickly, so fault tests do not wait out real backoff. */
export function mockClient(url: string): HaloClient {
  return new HaloClient({
    baseUrl: url,
    ...mockCredentials,
    retry: { retries: 4, baseDelayMs: 5, maxDelayMs: 50 },
  })
}

/** The MCP client and server, linked in memory. */
export interface Connected {
  readonly client: Client
  close(): Promise<void>
}

export async function connectInMemory(options: HaloMcpServerOptions): Promise<Connected> {
  const server = createHaloMcpServer(options)
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair()
  const client = new Client({ name: 'halo-mcp-test', version: '1.0.0' })
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)])
  return {
    client,
    close: async () => {
      await client.close()
      await server.close()
    },
  }
}

/** The text of a tool result's first content block. */
export function resultText(result: unknown): string {
  const content = (result as CallToolResult).content
  const first = content[0]
  if (first?.type !== 'text')
    throw new Error(`expected a text result, got ${JSON.stringify(result).slice(0, 200)}`)
  return first.text
}

/** A successful tool result's JSON; fails the test with the tool's message when it is an error. */
export function resultJson<T = Record<string, unknown>>(result: unknown): T {
  const text = resultText(result)
  if ((result as CallToolResult).isError) throw new Error(`tool error: ${text}`)
  return JSON.parse(text) as T
}

/** Calls a tool and parses its JSON answer. */
export async function callJson<T = Record<string, unknown>>(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<T> {
  return resultJson<T>(await client.callTool({ name, arguments: args }))
}

/** Calls a tool that must fail, and answers its message. */
export async function callError(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<string> {
  const result = await client.callTool({ name, arguments: args })
  if (!(result as CallToolResult).isError)
    throw new Error(`expected ${name} to fail, got ${resultText(result)}`)
  return resultText(result)
}

/** The tool names every server offers, and the ones only a server with writes allowed offers. */
export const READ_TOOLS = [
  'search',
  'list_tickets',
  'get_ticket',
  'list_clients',
  'get_client',
  'list_users',
  'list_assets',
  'get_asset',
  'search_kb',
  'get_kb_article',
  'run_report',
  'get_ticket_type_fields',
  'lookup',
  'find_operations',
  'call_operation',
] as const
export const WRITE_TOOLS = ['create_ticket', 'update_ticket', 'add_action'] as const
