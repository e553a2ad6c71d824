import type { Readable, Writable } from 'node:stream'
import { HaloClient } from '@halo/client'
import type { HaloEnvironment } from '@halo/core'
import { loadClientOptions } from './config/load-client-options.js'
import { HALO_MCP_USAGE, HaloMcpUsageError, parseCliArgs } from './config/parse-cli-args.js'
import { stderrLoggerFromEnv } from './config/stderr-logger.js'
import { serveHaloMcpHttp } from './transports/serve-http.js'
import { serveHaloMcpStdio } from './transports/serve-stdio.js'
import { MCP_SERVER_VERSION } from './version.js'

/** Where `halo-mcp` runs: its arguments, environment and streams (replaceable in tests and by `halo mcp`). */
export interface RunHaloMcpOptions {
  readonly argv: readonly string[]
  readonly env: HaloEnvironment
  readonly stdin?: Readable | undefined
  readonly stdout?: Writable | undefined
  /** Start-up lines and errors. Never stdout: on stdio that is the protocol's channel. */
  readonly stderr: Writable
}

/** A started server: stop it to end the process cleanly. */
export interface RunningHaloMcp {
  /** `stdio`, or the HTTP endpoint's URL. */
  readonly endpoint: string
  close(): Promise<void>
}

/** Exit codes as the `halo` command uses them: 2 usage, 3 configuration. */
export const EXIT_USAGE = 2
export const EXIT_CONFIGURATION = 3

/** A failure before serving, with the exit code it deserves. */
export class HaloMcpStartError extends Error {
  override readonly name = 'HaloMcpStartError'
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message)
  }
}

/**
 * What the `halo-mcp` bin does: reads the command line and the configuration, starts the stdio or HTTP
 * server, and says on stderr what it serves (never a secret). Resolves `undefined` for `--help` and
 * `--version`.
 */
export async function runHaloMcp(options: RunHaloMcpOptions): Promise<RunningHaloMcp | undefined> {
  let args: ReturnType<typeof parseCliArgs>
  try {
    args = parseCliArgs(options.argv)
  } catch (error) {
    const message = error instanceof HaloMcpUsageError ? error.message : String(error)
    throw new HaloMcpStartError(`${message}\n\n${HALO_MCP_USAGE}`, EXIT_USAGE)
  }
  if (args.help) {
    options.stderr.write(`${HALO_MCP_USAGE}\n`)
    return undefined
  }
  if (args.version) {
    options.stderr.write(`${MCP_SERVER_VERSION}\n`)
    return undefined
  }
  let client: HaloClient
  let secret: string | undefined
  let source: string
  try {
    const loaded = await loadClientOptions({ profile: args.profile, env: options.env })
    const clientOptions =
      args.baseUrl === undefined ? loaded.options : { ...loaded.options, baseUrl: args.baseUrl }
    const logger = stderrLoggerFromEnv(options.env, options.stderr)
    client = new HaloClient(logger === undefined ? clientOptions : { ...clientOptions, logger })
    secret = clientOptions.clientSecret
    source = loaded.source
  } catch (error) {
    throw new HaloMcpStartError(error instanceof Error ? error.message : String(error), EXIT_CONFIGURATION)
  }
  const serverOptions = {
    client,
    allowWrites: args.allowWrites,
    allowDeletes: args.allowDeletes,
    secrets: [secret],
  }
  const mode = args.allowWrites
    ? `writes allowed${args.allowDeletes ? ', deletes allowed' : ''}`
    : 'read-only'
  if (args.http) {
    const http = await serveHaloMcpHttp({ ...serverOptions, port: args.port, host: args.host })
    options.stderr.write(`halo-mcp: ${client.apiUrl} (${source}, ${mode}) on ${http.url}\n`)
    return { endpoint: http.url, close: () => http.close() }
  }
  const server = await serveHaloMcpStdio({ ...serverOptions, stdin: options.stdin, stdout: options.stdout })
  options.stderr.write(`halo-mcp: ${client.apiUrl} (${source}, ${mode}) on stdio\n`)
  return { endpoint: 'stdio', close: () => server.close() }
}
