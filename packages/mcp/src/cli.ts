#!/usr/bin/env node
import { HaloMcpStartError, runHaloMcp } from './run-halo-mcp.js'

// `halo-mcp`: one line on stderr when something is wrong, exit 2 for usage and 3 for configuration.
runHaloMcp({ argv: process.argv.slice(2), env: process.env, stderr: process.stderr }).then(
  (running) => {
    if (!running) return
    const stop = (): void => {
      void running.close().finally(() => process.exit(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    // On stdio the client ends the session by closing our stdin.
    if (running.endpoint === 'stdio') process.stdin.once('end', stop)
  },
  (error: unknown) => {
    process.stderr.write(`halo-mcp: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = error instanceof HaloMcpStartError ? error.exitCode : 1
  },
)
