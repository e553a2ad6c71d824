import packageJson from '../package.json' with { type: 'json' }

/** What the server calls itself in the MCP handshake. */
export const MCP_SERVER_NAME = 'halo'

/** This package's version, reported in the MCP handshake. */
export const MCP_SERVER_VERSION: string = packageJson.version
