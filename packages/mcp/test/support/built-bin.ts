import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { mockCredentials } from '@halo/mock'
import type { RunningMock } from './mcp-harness.js'

/** The built `halo-mcp` bin; the tests run what users run (nx builds the package before its tests). */
export const BIN_PATH = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

export function requireBuiltBin(): string {
  if (!existsSync(BIN_PATH)) throw new Error(`${BIN_PATH} is missing: run "pnpm build" in packages/mcp first`)
  return BIN_PATH
}

/** The variables `HaloClient.fromEnv` reads, pointing at the mock; nothing else from this process leaks in. */
export function mockEnv(mock: RunningMock): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HALO_BASE_URL: mock.url,
    HALO_CLIENT_ID: mockCredentials.clientId,
    HALO_CLIENT_SECRET: mockCredentials.clientSecret,
    // Profiles are looked for here; an empty folder means the variables alone configure the client.
    HALO_CONFIG_DIR: fileURLToPath(
      new URL('../../node_modules/.cache/halo-mcp-test-config', import.meta.url),
    ),
  }
}

/** Subprocess tests on a loaded 2-core machine: starting node and the SDK can take seconds. */
export const SUBPROCESS_TIMEOUT_MS = 60_000
