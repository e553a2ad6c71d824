import { parseArgs } from 'node:util'

/** What `halo-mcp` was asked to do. */
export interface HaloMcpCliArgs {
  readonly http: boolean
  readonly port: number
  readonly host: string
  readonly profile: string | undefined
  readonly baseUrl: string | undefined
  readonly allowWrites: boolean
  readonly allowDeletes: boolean
  readonly help: boolean
  readonly version: boolean
}

/** A command line that cannot be run; the message says which argument is wrong. */
export class HaloMcpUsageError extends Error {
  override readonly name = 'HaloMcpUsageError'
}

export const HALO_MCP_USAGE = `Usage: halo-mcp [--http [--port N] [--host H]] [--profile NAME] [--base-url URL]
                [--allow-writes] [--allow-deletes]

Serves Halo to MCP clients: over stdio by default, over Streamable HTTP with --http
(POST http://127.0.0.1:N/mcp). Read-only unless --allow-writes; deletes need --allow-deletes.
Settings: a profile saved by "halo login" (--profile, HALO_PROFILE), else HALO_BASE_URL,
HALO_CLIENT_ID, HALO_CLIENT_SECRET (and HALO_TENANT, HALO_AUTH_URL, HALO_SCOPE).`

/** Parses `halo-mcp`'s arguments; throws {@link HaloMcpUsageError} on anything it does not know. */
export function parseCliArgs(argv: readonly string[]): HaloMcpCliArgs {
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse(argv).values
  } catch (error) {
    throw new HaloMcpUsageError(error instanceof Error ? error.message : String(error))
  }
  const portText = values.port ?? '3000'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65_535) {
    throw new HaloMcpUsageError(`--port must be a port number (0-65535), got ${JSON.stringify(portText)}`)
  }
  if (values.port !== undefined && values.http !== true) throw new HaloMcpUsageError('--port needs --http')
  return {
    http: values.http === true,
    port,
    host: values.host ?? '127.0.0.1',
    profile: values.profile,
    baseUrl: values['base-url'],
    allowWrites: values['allow-writes'] === true,
    allowDeletes: values['allow-deletes'] === true,
    help: values.help === true,
    version: values.version === true,
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      http: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      profile: { type: 'string' },
      'base-url': { type: 'string' },
      'allow-writes': { type: 'boolean' },
      'allow-deletes': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  })
}
