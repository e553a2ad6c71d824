import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { HaloMockServer } from '@halo/test-support/halo-mock-server'

/** The built `halo-mcp` bin; the tests run what users run (nx builds the package before its tests). */
export const BIN_PATH = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

export function requireBuiltBin(): string {
  if (!existsSync(BIN_PATH)) throw new Error(`${BIN_PATH} is missing: run "pnpm build" in packages/mcp first`)
  return BIN_PATH
}

/**
 * The variables that point the bin at the simulated Halo (no saved profile), and PATH; nothing else from
 * this process leaks in.
 */
export function binEnv(halo: HaloMockServer, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', ...halo.env(extra) }
}

/** Subprocess tests on a loaded 2-core machine: starting node and the SDK can take seconds. */
export const SUBPROCESS_TIMEOUT_MS = 60_000
