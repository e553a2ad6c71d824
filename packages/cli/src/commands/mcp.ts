import type { Readable, Writable } from 'node:stream'
import type { HaloClient } from '@halo/client'
import { loadOptionalPackage } from '../optional/load-optional-package.js'
import type { CommandModule } from '../program/command-module.js'

interface McpOptions {
  readonly allowWrites?: boolean
  readonly allowDeletes?: boolean
}

/** The part of @halo/mcp this command uses (the package is installed separately). */
interface HaloMcpPackage {
  serveHaloMcpStdio(options: {
    readonly client: HaloClient
    readonly allowWrites?: boolean | undefined
    readonly allowDeletes?: boolean | undefined
    readonly stdin?: Readable | undefined
    readonly stdout?: Writable | undefined
  }): Promise<{ close(): Promise<void> }>
}

/**
 * `halo mcp [--allow-writes] [--allow-deletes]`: serves Halo to an MCP client (Claude Desktop, VS Code,
 * Cursor) over stdio with the client `halo` is configured for (--profile, HALO_*), read-only unless
 * told otherwise. Runs until the MCP client closes stdin, or Ctrl-C. Needs @halo/mcp.
 */
export const mcpCommand: CommandModule = (program, cli) => {
  program
    .command('mcp')
    .description('serve Halo to AI agents over MCP on stdio (read-only unless --allow-writes)')
    .option(
      '--allow-writes',
      'offer the write tools (create_ticket, update_ticket, add_action) and POST operations',
    )
    .option('--allow-deletes', 'let call_operation run DELETE operations')
    .action(
      cli.action(async (ctx, options: McpOptions) => {
        const mcp = await loadOptionalPackage<HaloMcpPackage>('@halo/mcp')
        const client = await ctx.client()
        ctx.interrupt.deferExit()
        const ended = new Promise<void>((resolve) => {
          ctx.io.stdin.once('end', () => resolve())
          ctx.io.stdin.once('close', () => resolve())
          if (ctx.signal.aborted) resolve()
          else ctx.signal.addEventListener('abort', () => resolve(), { once: true })
        })
        // stdout carries the protocol from here on; messages go to stderr.
        const server = await mcp.serveHaloMcpStdio({
          client,
          allowWrites: options.allowWrites === true,
          allowDeletes: options.allowDeletes === true,
          stdin: ctx.io.stdin,
          stdout: ctx.io.stdout,
        })
        const mode = options.allowWrites ? 'writes allowed' : 'read-only'
        ctx.io.stderr.write(`halo mcp: serving ${client.apiUrl} on stdio (${mode})\n`)
        await ended
        await server.close()
      }),
    )
}
