import { createRedactor } from '@halo/core'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { haloApiOf } from './api/halo-api.js'
import { registerTicketResource } from './prompts/ticket-resource.js'
import { registerTriagePrompt } from './prompts/triage-prompt.js'
import { errorToolResult } from './results/error-result.js'
import { jsonToolResult } from './results/tool-result.js'
import { DEFAULT_MAX_RESULT_CHARS, type HaloMcpServerOptions } from './server-options.js'
import { haloTools } from './tools/curated-tools.js'
import { MCP_SERVER_NAME, MCP_SERVER_VERSION } from './version.js'

function instructions(allowWrites: boolean, allowDeletes: boolean): string {
  const mode = allowWrites
    ? `Writes are allowed${allowDeletes ? ', deletes too' : ''}; every write tool takes dry_run to show the request first.`
    : 'This server is read-only: write tools are not offered and call_operation refuses POST and DELETE.'
  return [
    'Halo (HaloPSA / HaloITSM / HaloServiceDesk) service desk data: tickets, clients, users, assets, knowledge base, reports.',
    'Start with search or list_tickets; lookup turns names (statuses, priorities, agents, teams, ticket types, categories) into ids.',
    'Anything the curated tools do not cover: find_operations, then call_operation.',
    'Answers are compact JSON: pass fields for more fields, page for more records.',
    mode,
  ].join(' ')
}

/**
 * An MCP server (the SDK's `McpServer`) over a Halo client or core. Read tools are always offered;
 * create_ticket, update_ticket and add_action only with `allowWrites`; call_operation refuses POST
 * without `allowWrites` and DELETE without `allowDeletes`. Connect it to any transport:
 * `await server.connect(new StdioServerTransport())`.
 *
 * @example
 * ```ts
 * import { HaloClient } from '@halo/client'
 * import { createHaloMcpServer } from '@halo/mcp'
 * import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
 *
 * const server = createHaloMcpServer({ client: HaloClient.fromEnv(), allowWrites: false })
 * await server.connect(new StdioServerTransport())
 * ```
 */
export function createHaloMcpServer(options: HaloMcpServerOptions): McpServer {
  const core = options.client ?? options.core
  if (core === undefined)
    throw new TypeError('createHaloMcpServer: pass { client } (a HaloClient) or { core }')
  const allowWrites = options.allowWrites === true
  const allowDeletes = options.allowDeletes === true
  const maxResultChars = options.maxResultChars ?? DEFAULT_MAX_RESULT_CHARS
  const redactor = createRedactor(options.secrets ?? [])
  const api = haloApiOf(core)

  const server = new McpServer(
    { name: MCP_SERVER_NAME, version: MCP_SERVER_VERSION },
    { instructions: instructions(allowWrites, allowDeletes) },
  )
  for (const tool of haloTools) {
    if (tool.access === 'write' && !allowWrites) continue
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        annotations: {
          title: tool.title,
          readOnlyHint: tool.access === 'read' && tool.name !== 'call_operation',
          destructiveHint: tool.name === 'call_operation' ? allowDeletes : false,
          openWorldHint: true,
        },
      },
      async (input, extra) => {
        try {
          const answer = await tool.run(input, { api, allowWrites, allowDeletes, signal: extra.signal })
          return jsonToolResult(redactor.redactValue(answer.value), maxResultChars, answer.note)
        } catch (error) {
          return errorToolResult(error, redactor)
        }
      },
    )
  }
  registerTicketResource(server, api)
  registerTriagePrompt(server, api)
  return server
}
